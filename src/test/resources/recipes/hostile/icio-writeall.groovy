// expect: IcioStep.writeAll (file access
demo().decompose().icio().writeAll(null)
