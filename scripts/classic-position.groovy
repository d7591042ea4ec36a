// classic-position.groovy: the position and participation measures of one MRIO table, one CSV per result. Each file
// is the counterpart of a reference file of ../shared/reference/<table>/expected: the same name without "numpy_" (the
// independent numpy oracle that wrote those), the same key columns and measure names, a missing value as an empty cell.
//   wwyz_participation_sector.csv / _country.csv   WWYZ (2017) forward and backward participation, simple and complex
//   wwyz_length_sector.csv / _country.csv          WWYZ production lengths PLv, PLy, PLv_GVC, PLy_GVC, GVC_position
//   upstreamness_ghosh_sector.csv / _country.csv   Antràs-Chor upstreamness, Ghosh-inverse row sums (no inventory
//                                                  correction); countries output-weighted
//   downstreamness_ub_sector.csv / _country.csv    downstreamness u·B (column sums of B); countries output-weighted
//   apl_sector.csv, apl_bilateral.csv              average propagation length: per industry (forward = its row,
//                                                  backward = its column) and per ordered country pair
//   apl_long.csv                                   every cell of the APL matrix, written only when n <= 100
//   koopman_kwwiv_sector.csv / _country.csv        Koopman et al. (2010) participation and position, KWW-2010 IV
//   rca_gross_sector.csv, rca_dvixf_sector.csv     Balassa RCA on gross exports and on DViX_F (forward DVA in exports)
// Conventions: the reference files' (value added = X - colSums(Z), output as given).
// Trusted (it calls the method packages directly): gvc run scripts/classic-position.groovy <table-folder> <out-folder>
import org.gvc4j.method.Frame
import org.gvc4j.model.LeontiefModel
import org.gvc4j.result.MeasureTables
import org.gvc4j.result.Naming
import org.gvc4j.method.apl.Apl
import org.gvc4j.method.koopman.Koopman
import org.gvc4j.method.rca.Rca
import org.gvc4j.method.upstreamness.Upstreamness
import org.gvc4j.method.wwyz.Wwyz

if (args.size() < 2) {
    throw new IllegalArgumentException("usage: classic-position.groovy <table-folder> <out-folder>")
}
def io = load(args[0])
def model = LeontiefModel.of(io.data, io.conventions)
def source = "${io.name} (${io.conventions})"
def out = args[1]

def WWYZ = "Wang, Wei, Yu & Zhu (2017), NBER WP 23222 and 23261"
def AC = "Antràs & Chor (2018); Antràs, Chor, Fally & Hillberry (2012); Fally (2012)"
def APL = "Dietzenbacher, Romero & Bosma (2005)"
def KPWW = "Koopman, Powers, Wang & Wei (2010), NBER WP 16426"
def RCA = "Balassa (1965); Koopman, Wang & Wei (2014)"

def wwyz = new Wwyz(model)
def up = new Upstreamness(model)
def apl = new Apl(model)
def koopman = new Koopman(model)
def rca = new Rca(model)
def files = [
    wwyz_participation_sector : [wwyz.participationBySector(), WWYZ],
    wwyz_participation_country: [wwyz.participationByCountry(), WWYZ],
    wwyz_length_sector        : [wwyz.lengthBySector(), WWYZ],
    wwyz_length_country       : [wwyz.lengthByCountry(), WWYZ],
    upstreamness_ghosh_sector : [up.upstreamnessBySector(), AC],
    upstreamness_ghosh_country: [up.upstreamnessByCountry(), AC],
    downstreamness_ub_sector  : [up.downstreamnessBySector(), AC],
    downstreamness_ub_country : [up.downstreamnessByCountry(), AC],
    apl_sector                : [apl.bySector(), APL],
    apl_bilateral             : [apl.byCountryPair(), APL],
    koopman_kwwiv_sector      : [koopman.bySector(), KPWW],
    koopman_kwwiv_country     : [koopman.byCountry(), KPWW],
    rca_gross_sector          : [rca.grossBySector(), RCA],
    rca_dvixf_sector          : [rca.valueAddedBySector(), RCA],
]
if (model.size() <= 100) {
    files.apl_long = [apl.cells(), APL]
}
files.each { String name, List made ->
    Frame f = made[0]
    model.notes().each { f.note(it) }
    def r = MeasureTables.of(f, name, made[1], source.toString(), Naming.GVC4J, [:])
    def path = save(r, "${out}/${name}.csv")
    println "wrote ${path} (${r.rowCount} rows)"
}
