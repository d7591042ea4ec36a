package org.gvc4j.dsl;

/**
 * The selectors of the classic methods on {@code decompose()}: each returns the method's first step, whose verbs
 * choose the countries (one by name or number, or every one). Names are resolved when the verb is called.
 */
final class ClassicSteps {
    private ClassicSteps() {
    }

    /** Makes the step for a choice of countries: the chain's text and the chosen countries. */
    interface Make<T> {
        T make(String text, int[] countries);
    }

    /** The three country verbs of one selector: {@code verb(name)}, {@code verb(number)}, {@code verbs()}. */
    static final class Pick<T> {
        final Context ctx;
        final String prefix;
        final String verb;
        final Make<T> make;

        Pick(Context ctx, String prefix, String verb, Make<T> make) {
            this.ctx = ctx;
            this.prefix = prefix;
            this.verb = verb;
            this.make = make;
        }

        T one(String name) {
            int k = ctx.country(name, verb);
            return make.make(Steps.one(ctx, prefix, verb, k), new int[] {k});
        }

        T one(int number) {
            int k = ctx.country(number, verb);
            return make.make(Steps.one(ctx, prefix, verb, k), new int[] {k});
        }

        T all(String plural) {
            return make.make(prefix + "." + plural + "()", ctx.allCountries());
        }
    }

    static LeontiefStep leontief(Context ctx) {
        return new LeontiefStep() {
            @Override
            public LeontiefExportsStep exports() {
                Pick<LeontiefOriginStep> p = new Pick<>(ctx, "leontief().exports()", "exporter",
                        (t, c) -> LeontiefChain.of(ctx, t, LeontiefChain.Kind.EXPORTS, c));
                return new LeontiefExportsStep() {
                    @Override
                    public LeontiefOriginStep exporter(String exporter) {
                        return p.one(exporter);
                    }

                    @Override
                    public LeontiefOriginStep exporter(int exporter) {
                        return p.one(exporter);
                    }

                    @Override
                    public LeontiefOriginStep exporters() {
                        return p.all("exporters");
                    }
                };
            }

            @Override
            public LeontiefOutputStep output() {
                Pick<LeontiefOriginStep> p = new Pick<>(ctx, "leontief().output()", "country",
                        (t, c) -> LeontiefChain.of(ctx, t, LeontiefChain.Kind.OUTPUT, c));
                return new LeontiefOutputStep() {
                    @Override
                    public LeontiefOriginStep country(String country) {
                        return p.one(country);
                    }

                    @Override
                    public LeontiefOriginStep country(int country) {
                        return p.one(country);
                    }

                    @Override
                    public LeontiefOriginStep countries() {
                        return p.all("countries");
                    }
                };
            }

            @Override
            public LeontiefFinalDemandStep finalDemand() {
                Pick<LeontiefFinalStep> p = new Pick<>(ctx, "leontief().finalDemand()", "country",
                        (t, c) -> LeontiefChain.of(ctx, t, LeontiefChain.Kind.FINAL_DEMAND, c));
                return new LeontiefFinalDemandStep() {
                    @Override
                    public LeontiefFinalStep country(String country) {
                        return p.one(country);
                    }

                    @Override
                    public LeontiefFinalStep country(int country) {
                        return p.one(country);
                    }

                    @Override
                    public LeontiefFinalStep countries() {
                        return p.all("countries");
                    }
                };
            }
        };
    }

    static HiyStep hiy(Context ctx) {
        Pick<HiyExporterStep> p = new Pick<>(ctx, "hiy()", "exporter", (t, c) -> new LeontiefChain.Hiy(ctx, t, c, false, new ClassicChain.Memo()));
        return new HiyStep() {
            @Override
            public HiyExporterStep exporter(String exporter) {
                return p.one(exporter);
            }

            @Override
            public HiyExporterStep exporter(int exporter) {
                return p.one(exporter);
            }

            @Override
            public HiyExporterStep exporters() {
                return p.all("exporters");
            }
        };
    }

    static KwwStep kww(Context ctx) {
        Pick<KwwExporterStep> p = new Pick<>(ctx, "kww()", "exporter", (t, c) -> KwwChain.of(ctx, t, c));
        return new KwwStep() {
            @Override
            public KwwExporterStep exporter(String exporter) {
                return p.one(exporter);
            }

            @Override
            public KwwExporterStep exporter(int exporter) {
                return p.one(exporter);
            }

            @Override
            public KwwExporterStep exporters() {
                return p.all("exporters");
            }
        };
    }

    static WwzStep wwz(Context ctx) {
        Pick<WwzExporterStep> p = new Pick<>(ctx, "wwz()", "exporter",
                (t, c) -> new KwwChain.WwzChain(ctx, t, c, new int[0], false, new ClassicChain.Memo()));
        return new WwzStep() {
            @Override
            public WwzExporterStep exporter(String exporter) {
                return p.one(exporter);
            }

            @Override
            public WwzExporterStep exporter(int exporter) {
                return p.one(exporter);
            }

            @Override
            public WwzExporterStep exporters() {
                return p.all("exporters");
            }
        };
    }

    static MiroudotYeStep miroudotYe(Context ctx) {
        Pick<MiroudotYeExporterStep> p = new Pick<>(ctx, "miroudotYe()", "exporter",
                (t, c) -> MiroudotYeChain.of(ctx, t, c));
        return new MiroudotYeStep() {
            @Override
            public MiroudotYeExporterStep exporter(String exporter) {
                return p.one(exporter);
            }

            @Override
            public MiroudotYeExporterStep exporter(int exporter) {
                return p.one(exporter);
            }

            @Override
            public MiroudotYeExporterStep exporters() {
                return p.all("exporters");
            }
        };
    }

    static TivaStep tiva(Context ctx) {
        Pick<TivaCountryStep> p = new Pick<>(ctx, "tiva()", "country",
                (t, c) -> new MiroudotYeChain.TivaChain(ctx, t, c, new int[0], false, new ClassicChain.Memo()));
        return new TivaStep() {
            @Override
            public TivaCountryStep country(String country) {
                return p.one(country);
            }

            @Override
            public TivaCountryStep country(int country) {
                return p.one(country);
            }

            @Override
            public TivaCountryStep countries() {
                return p.all("countries");
            }
        };
    }

    static PositionStep position(Context ctx, String method, PositionChain.Kind kind) {
        Pick<PositionCountryStep> p = new Pick<>(ctx, method + "()", "country",
                (t, c) -> new PositionChain(ctx, t, kind, c, false, new ClassicChain.Memo()));
        return new PositionStep() {
            @Override
            public PositionCountryStep country(String country) {
                return p.one(country);
            }

            @Override
            public PositionCountryStep country(int country) {
                return p.one(country);
            }

            @Override
            public PositionCountryStep countries() {
                return p.all("countries");
            }
        };
    }

    static RcaStep rca(Context ctx) {
        Pick<RcaCountryStep> p = new Pick<>(ctx, "rca()", "country",
                (t, c) -> new PositionChain.RcaChain(ctx, t, c, false, new ClassicChain.Memo()));
        return new RcaStep() {
            @Override
            public RcaCountryStep country(String country) {
                return p.one(country);
            }

            @Override
            public RcaCountryStep country(int country) {
                return p.one(country);
            }

            @Override
            public RcaCountryStep countries() {
                return p.all("countries");
            }
        };
    }
}
