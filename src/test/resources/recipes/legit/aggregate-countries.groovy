// Merging all but the first country of the demo table into one group (loader options: Aggregation, Groups).
// out: 2
// out: REST
// out: 2019
import org.gvc4j.source.Aggregation
import org.gvc4j.source.Groups
import org.gvc4j.source.ReadOptions
def io = demo()
List<String> countries = io.countries
Map<String, String> groups = [:]
countries.each { String c -> groups.put(c, c == countries[0] ? c : "REST") }
def merged = io.aggregate(Aggregation.countries(Groups.of(groups)))
println merged.countries.size()
println merged.countries[1]
ReadOptions options = ReadOptions.DEFAULT.withYear(2019)
println options.year()
