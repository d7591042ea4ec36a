// expect-run: write refused
// Saving a file named like the output folder itself, so that publishing would replace the folder.
def r = demo().decompose().bm2023().exporters()
save(r, args[0])
