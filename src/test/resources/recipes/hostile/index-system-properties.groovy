// expect: System
println([System]["properties"])
