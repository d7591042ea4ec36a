package org.gvc4j.dsl;

import java.util.function.Supplier;
import org.gvc4j.model.Labels;
import org.gvc4j.model.LeontiefModel;
import org.gvc4j.result.Naming;

/** Entry into the step implementations; used by {@code MrioTable.decompose()}, not by users. */
public final class Steps {
    private Steps() {
    }

    /**
     * @param labels the table's labels (resolving names needs no model)
     * @param model  the derived model, computed on first use and cached by the caller
     * @param source the table's name and conventions, for result metadata
     * @param naming the names results are shown in
     */
    public static DecomposeStep decompose(Labels labels, Supplier<LeontiefModel> model, String source, Naming naming) {
        Context ctx = new Context(labels, model, source, naming);
        return new DecomposeStep() {
            @Override
            public Bm2023Step bm2023() {
                return new Bm2023Step() {
                    @Override
                    public Bm2023ExporterStep exporter(String exporter) {
                        int k = ctx.country(exporter, "exporter");
                        return Bm2023Chain.of(ctx, one(ctx, "bm2023()", "exporter", k), new int[] {k});
                    }

                    @Override
                    public Bm2023ExporterStep exporter(int exporter) {
                        int k = ctx.country(exporter, "exporter");
                        return Bm2023Chain.of(ctx, one(ctx, "bm2023()", "exporter", k), new int[] {k});
                    }

                    @Override
                    public Bm2023ExporterStep exporters() {
                        return Bm2023Chain.of(ctx, "bm2023().exporters()", ctx.allCountries());
                    }
                };
            }

            @Override
            public Bm2025Step bm2025() {
                return new Bm2025Step() {
                    @Override
                    public Bm2025TradeStep trade() {
                        return new Bm2025TradeStep() {
                            @Override
                            public Bm2025TradeExporterStep exporter(String exporter) {
                                int k = ctx.country(exporter, "exporter");
                                return TradeChain.of(ctx, one(ctx, "bm2025().trade()", "exporter", k), new int[] {k});
                            }

                            @Override
                            public Bm2025TradeExporterStep exporter(int exporter) {
                                int k = ctx.country(exporter, "exporter");
                                return TradeChain.of(ctx, one(ctx, "bm2025().trade()", "exporter", k), new int[] {k});
                            }

                            @Override
                            public Bm2025TradeExporterStep exporters() {
                                return TradeChain.of(ctx, "bm2025().trade().exporters()", ctx.allCountries());
                            }
                        };
                    }

                    @Override
                    public Bm2025OutputStep output() {
                        return new Bm2025OutputStep() {
                            @Override
                            public Bm2025OutputCountryStep country(String country) {
                                int k = ctx.country(country, "country");
                                return OutputChain.of(ctx, one(ctx, "bm2025().output()", "country", k), new int[] {k});
                            }

                            @Override
                            public Bm2025OutputCountryStep country(int country) {
                                int k = ctx.country(country, "country");
                                return OutputChain.of(ctx, one(ctx, "bm2025().output()", "country", k), new int[] {k});
                            }

                            @Override
                            public Bm2025OutputCountryStep countries() {
                                return OutputChain.of(ctx, "bm2025().output().countries()", ctx.allCountries());
                            }
                        };
                    }
                };
            }

            @Override
            public IcioStep icio() {
                return new IcioSteps(ctx);
            }

            @Override
            public LeontiefStep leontief() {
                return ClassicSteps.leontief(ctx);
            }

            @Override
            public HiyStep hiy() {
                return ClassicSteps.hiy(ctx);
            }

            @Override
            public KwwStep kww() {
                return ClassicSteps.kww(ctx);
            }

            @Override
            public WwzStep wwz() {
                return ClassicSteps.wwz(ctx);
            }

            @Override
            public MiroudotYeStep miroudotYe() {
                return ClassicSteps.miroudotYe(ctx);
            }

            @Override
            public TivaStep tiva() {
                return ClassicSteps.tiva(ctx);
            }

            @Override
            public PositionStep wwyz() {
                return ClassicSteps.position(ctx, "wwyz", PositionChain.Kind.WWYZ);
            }

            @Override
            public PositionStep upstreamness() {
                return ClassicSteps.position(ctx, "upstreamness", PositionChain.Kind.UPSTREAMNESS);
            }

            @Override
            public PositionStep downstreamness() {
                return ClassicSteps.position(ctx, "downstreamness", PositionChain.Kind.DOWNSTREAMNESS);
            }

            @Override
            public PositionStep apl() {
                return ClassicSteps.position(ctx, "apl", PositionChain.Kind.APL);
            }

            @Override
            public PositionStep koopman() {
                return ClassicSteps.position(ctx, "koopman", PositionChain.Kind.KOOPMAN);
            }

            @Override
            public RcaStep rca() {
                return ClassicSteps.rca(ctx);
            }
        };
    }

    /** The text of a chain's first country verb: {@code bm2023().exporter("CHN")}. */
    static String one(Context ctx, String prefix, String verb, int country) {
        return prefix + "." + verb + "(" + ctx.quoted(country) + ")";
    }
}
