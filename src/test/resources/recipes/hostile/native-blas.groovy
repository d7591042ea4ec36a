// expect: Dense
org.gvc4j.linalg.Dense.dgemm(null, null, null)
