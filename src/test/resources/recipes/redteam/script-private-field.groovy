// expect: Cannot access field: context of class: org.gvc4j.script.GvcScript
// Direct field access to the base class's private context (read roots, output folder, staging).
println this.@context
