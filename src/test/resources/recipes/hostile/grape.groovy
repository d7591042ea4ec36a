// expect: Grape.grab
groovy.grape.Grape.grab(group: "x", module: "y", version: "1")
