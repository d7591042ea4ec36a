// expect: LeontiefModel
// the engine's own model (mutable matrices) is not for recipes; io.derived() is the read-only view
def m = org.gvc4j.model.LeontiefModel.of(demo().data, demo().conventions)
println m
