// expect: LeontiefModel
def m = demo().model()
println m
