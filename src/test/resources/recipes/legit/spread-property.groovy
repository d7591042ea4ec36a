// The spread operator on a property: names of documents, a key of row maps, a boolean property of strings.
// out: [pta-1, pta-2]
// out: [1, 2]
// out: [true, false]
// out: [und, und]
import org.gvc4j.deals.text.AgreementText
List<AgreementText> texts = [AgreementText.ofText("pta-1", "Article 1."), AgreementText.ofText("pta-2", "Article 2.")]
println texts*.name
List<Map<String, Integer>> rows = [[n: 1], [n: 2]]
println rows*.n
List<String> cells = ["", "a"]
println cells*.empty
def nested = { List<AgreementText> ts -> ts*.language*.code() }
println nested(texts)
