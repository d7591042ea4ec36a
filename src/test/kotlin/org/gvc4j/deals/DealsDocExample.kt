package org.gvc4j.deals.docs

import org.gvc4j.deals.TextCoding
import org.gvc4j.deals.panel.DealDatabase
import org.gvc4j.deals.panel.DealPanel
import org.gvc4j.deals.text.AgreementText

fun main() {
    val mou = AgreementText.ofText("mou", """The Participants will cooperate on lithium supply chains.
This Memorandum does not create legally binding obligations.
Any dispute shall be settled amicably through consultations.
""")
    val fta = AgreementText.ofText("fta", """Each Party shall not impose customs duties on electronic transmissions.
Any dispute between the Parties shall be referred to an arbitral tribunal.
This Agreement shall remain in force for ten years.
""")
    val coded = TextCoding.of(mou, fta).code()
    println(coded.toTable().selectColumns("document", "binding", "dispute", "validity", "digital_trade_facilitation", "crm_minerals").printAll())
    println(coded.document("mou").bindingEvidence!!.sentence())

    val deals = DealDatabase.parse("""deal,type,signed,entry_into_force,composition,parties,accessions,binding,text_available,renewal
A,digital,2019,,bilateral,JPN;SGP,,binding,yes,fixed term
B,critical minerals,2020,,plurilateral,AUS;JPN;USA,KOR:2022,non-binding,yes,no duration
""")
    println(DealPanel.of(deals).years(2019, 2023).cumulative().printAll())
}
