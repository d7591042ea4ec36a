// expect: HttpClient.newHttpClient (network access
def c = java.net.http.HttpClient.newHttpClient()
