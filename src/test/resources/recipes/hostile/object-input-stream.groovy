// expect: ObjectInputStream
def o = new ObjectInputStream(null)
