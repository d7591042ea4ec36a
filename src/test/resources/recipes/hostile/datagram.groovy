// expect: new DatagramSocket (network access
def s = new DatagramSocket()
