// expect-ok
// Element assignment in a two-dimensional array compiles to BytecodeInterface8.objectArrayGet/objectArraySet, plain
// array access allowed as two exact overloads (it was refused although harmless).
double[][] y = new double[2][2]
y[0][1] = 1d
println y
