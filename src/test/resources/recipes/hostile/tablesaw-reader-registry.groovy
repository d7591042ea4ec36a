// expect: defaultReaderRegistry
println Table.defaultReaderRegistry
