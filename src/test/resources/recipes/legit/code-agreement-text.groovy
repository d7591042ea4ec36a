// Coding a trade-agreement text given as a string (org.gvc4j.deals).
// out: en
// out: binding
// out: adjudicative
// out: 1
import org.gvc4j.deals.*
import org.gvc4j.deals.text.AgreementText
def text = AgreementText.ofText("demo-pta", "Article 1. The Parties shall settle any dispute by arbitration.")
CodedTexts coded = TextCoding.of(text).code()
CodedText doc = coded.document("demo-pta")
println doc.language.code()
println doc.binding
println doc.dispute
println coded.toTable().rowCount()
