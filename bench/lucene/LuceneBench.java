import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.AnalyzerWrapper;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TieredMergePolicy;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocsCollector;
import org.apache.lucene.search.TopFieldCollector;
import org.apache.lucene.search.TopScoreDocCollector;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Version;

/**
 * Lucene 8 as the second peer of morgue-bench (Makefile.bench), beside SQLite FTS5.
 *
 *   index --docs ARTICLES.jsonl --index DIR --out index-lucene.json [--stored-fields small-blocks|default]
 *       the articles `morgue-bench export` read out of morgue's database, one IndexWriter thread,
 *       then forceMerge(1); timed: addDocument and commit (not the JSON parsing), as FTS5's inserts.
 *   serve --index DIR --queries queries.tsv [--seconds S --passes P]
 *       driven by `morgue-bench run --lucene COMMAND` over stdin/stdout: each class timed right after
 *       morgue's and FTS5's, by the rules of bench/src/timed_passes.cpp (see serve()).
 *   run --index DIR --queries queries.tsv --out JSON [--seconds S --passes P --mix-seconds M --threads T]
 *       the same, standalone, every class in turn.
 *
 * Fields: text = headline and body (two values, as morgue's one text term for a plain word),
 * headline, byline (one value per author), all through EnglishAnalyzer without stop words (morgue
 * drops none); date as LongPoint + NumericDocValues (filters and sorting); headline, byline, body,
 * date and id stored and read for every hit shown, as morgue and FTS5 do. BM25 defaults.
 */
public final class LuceneBench {
    private static final int TOP = 10;
    // morgue with exact_total=false asks Xapian to check at least offset + limit = 10 matches.
    private static final int TOTAL_HITS_THRESHOLD = 10;
    private static final int POSITION_GAP = 100;
    // Off while the ids-only figures are timed: the top 10 without reading their stored fields.
    private static volatile boolean fetchStored = true;

    public static void main(String[] args) throws Exception {
        if (args.length < 1) usage();
        Map<String, String> options = new HashMap<>();
        for (int i = 1; i + 1 < args.length; i += 2) {
            if (!args[i].startsWith("--")) usage();
            options.put(args[i].substring(2), args[i + 1]);
        }
        switch (args[0]) {
            case "index": index(options); break;
            case "run": run(options); break;
            case "serve": serve(options); break;
            default: usage();
        }
    }

    private static void usage() {
        System.err.println("usage: LuceneBench index --docs FILE --index DIR --out JSON [--stored-fields small-blocks|default]\n"
                           + "       LuceneBench serve --index DIR --queries TSV [--seconds S] [--passes P]\n"
                           + "       LuceneBench run --index DIR --queries TSV --out JSON [--seconds S] [--passes P]"
                           + " [--mix-seconds M] [--threads T]");
        System.exit(2);
    }

    private static String required(Map<String, String> options, String name) {
        String value = options.get(name);
        if (value == null) throw new IllegalArgumentException("--" + name + " is required");
        return value;
    }

    static Analyzer analyzer() {
        Analyzer english = new EnglishAnalyzer(CharArraySet.EMPTY_SET);
        // A phrase must not run from the headline into the body or from one author into the next.
        return new AnalyzerWrapper(Analyzer.PER_FIELD_REUSE_STRATEGY) {
            @Override protected Analyzer getWrappedAnalyzer(String field) { return english; }
            @Override public int getPositionIncrementGap(String field) { return POSITION_GAP; }
        };
    }

    // --- index ---------------------------------------------------------------------------------

    private static void index(Map<String, String> options) throws IOException {
        Path docs = Paths.get(required(options, "docs")), dir = Paths.get(required(options, "index"));
        deleteTree(dir);
        IndexWriterConfig config = new IndexWriterConfig(analyzer()).setSimilarity(new BM25Similarity())
            .setRAMBufferSizeMB(256).setOpenMode(IndexWriterConfig.OpenMode.CREATE)
            .setUseCompoundFile(false);  // separate files, so that stored fields can be measured apart
        ((TieredMergePolicy) config.getMergePolicy()).setNoCFSRatio(0.0);
        String storedFields = options.getOrDefault("stored-fields", "small-blocks");
        if (storedFields.equals("small-blocks")) config.setCodec(new SmallBlockCodec());
        else if (!storedFields.equals("default")) throw new IllegalArgumentException("--stored-fields small-blocks|default");
        long articles = 0, textBytes = 0, indexNanos = 0;
        long mergeNanos;
        long bytesBefore;
        int segmentsBefore;
        try (Directory directory = FSDirectory.open(dir);
             IndexWriter writer = new IndexWriter(directory, config);
             JsonLine.Reader in = new JsonLine.Reader(docs)) {
            for (Map<String, String> fields; (fields = in.next()) != null;) {
                Document document = document(fields);
                textBytes += utf8(fields.get("headline")) + utf8(fields.get("body"));
                long start = System.nanoTime();
                writer.addDocument(document);
                indexNanos += System.nanoTime() - start;
                articles++;
            }
            long start = System.nanoTime();
            writer.commit();
            indexNanos += System.nanoTime() - start;
            bytesBefore = directoryBytes(dir, null);
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                segmentsBefore = reader.leaves().size();
            }
            start = System.nanoTime();
            writer.forceMerge(1);
            writer.commit();
            mergeNanos = System.nanoTime() - start;
        }
        Map<String, Long> files = new LinkedHashMap<>();
        long bytes = directoryBytes(dir, files);
        long stored = files.getOrDefault("fdt", 0L) + files.getOrDefault("fdx", 0L) + files.getOrDefault("fdm", 0L);
        double seconds = indexNanos / 1e9;
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("engine", "lucene");
        out.put("version", Version.LATEST.toString());
        out.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
        out.put("articles", articles);
        out.put("text_bytes", textBytes);
        out.put("seconds", seconds);
        out.put("articles_per_second", seconds > 0 ? articles / seconds : 0.0);
        out.put("threads", 1);
        out.put("ram_buffer_mb", 256);
        out.put("stored_fields", storedFields.equals("default") ? "Lucene 8.7 default (BEST_SPEED: LZ4 with preset dictionaries, blocks of up to 1,024 documents)"
                                                                : "LZ4 in chunks of 16 KB or 128 documents (Lucene 8.6's BEST_SPEED; SmallBlockCodec)");
        out.put("segments_before_merge", segmentsBefore);
        out.put("bytes_before_merge", bytesBefore);
        out.put("force_merge_seconds", mergeNanos / 1e9);
        out.put("bytes", bytes);
        out.put("stored_text_bytes", stored);
        out.put("index_bytes", bytes - stored);
        out.put("files", files);
        out.put("peak_rss_kb", peakRssKb());
        writeJson(Paths.get(required(options, "out")), out);
        System.err.printf("lucene: indexed %d articles in %.1f s, force-merged in %.1f s%n", articles, seconds, mergeNanos / 1e9);
    }

    private static Document document(Map<String, String> fields) {
        Document document = new Document();
        document.add(new StoredField("id", fields.getOrDefault("id", "")));
        String headline = fields.getOrDefault("headline", ""), body = fields.getOrDefault("body", "");
        document.add(new TextField("headline", headline, Field.Store.YES));
        document.add(new TextField("text", headline, Field.Store.NO));
        document.add(new TextField("text", body, Field.Store.NO));
        document.add(new StoredField("body", body));
        for (String name : fields.getOrDefault("byline", "").split("\n"))
            if (!name.isEmpty()) document.add(new TextField("byline", name, Field.Store.YES));
        String date = fields.get("date");
        if (date != null && !date.isEmpty()) {
            long seconds = Long.parseLong(date);
            document.add(new LongPoint("date", seconds));
            document.add(new NumericDocValuesField("date", seconds));
            document.add(new StoredField("date", seconds));
        }
        return document;
    }

    private static long utf8(String s) {
        return s == null ? 0 : s.getBytes(StandardCharsets.UTF_8).length;
    }

    // Bytes of the index's files; per extension into `byExtension` when given.
    private static long directoryBytes(Path dir, Map<String, Long> byExtension) throws IOException {
        long total = 0;
        try (Stream<Path> paths = Files.list(dir)) {
            for (Path p : (Iterable<Path>) paths::iterator) {
                if (!Files.isRegularFile(p)) continue;
                long size = Files.size(p);
                total += size;
                String name = p.getFileName().toString();
                int dot = name.lastIndexOf('.');
                if (byExtension != null) byExtension.merge(dot < 0 ? name : name.substring(dot + 1), size, Long::sum);
            }
        }
        return total;
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) return;
        try (Stream<Path> paths = Files.walk(dir)) {
            List<Path> all = new ArrayList<>();
            paths.forEach(all::add);
            Collections.reverse(all);
            for (Path p : all) Files.delete(p);
        }
    }

    private static long peakRssKb() {
        try {
            for (String line : Files.readAllLines(Paths.get("/proc/self/status")))
                if (line.startsWith("VmHWM:")) return Long.parseLong(line.replaceAll("[^0-9]", ""));
        } catch (IOException | NumberFormatException e) {
            // not Linux: unknown
        }
        return -1;
    }

    // --- queries -------------------------------------------------------------------------------

    static final class BenchQuery {
        String queryClass, text, sort = "relevance";
        boolean facets, snippets;
        Query query;        // null: Lucene cannot express it here (not timed, as FTS5's)
        Sort order;         // null: by relevance
    }

    private static List<BenchQuery> readQueries(Path path, Analyzer analyzer) throws IOException {
        List<BenchQuery> queries = new ArrayList<>();
        for (String line : Files.readAllLines(path, StandardCharsets.UTF_8)) {
            if (line.endsWith("\r")) line = line.substring(0, line.length() - 1);
            if (line.isEmpty() || line.startsWith("#")) continue;
            String[] columns = line.split("\t", -1);
            BenchQuery q = new BenchQuery();
            q.queryClass = columns[0];
            q.text = columns[1];
            if (columns.length > 2)
                for (String option : columns[2].split(" ")) {
                    if (option.startsWith("sort=")) q.sort = option.substring(5);
                    else if (option.startsWith("facet=")) q.facets = true;
                    else if (option.equals("snippets=1")) q.snippets = true;
                }
            // Facets and snippets would need lucene-facet and the highlighter: not measured.
            if (!q.facets && !q.snippets) q.query = QueryTranslator.translate(q.text, analyzer);
            if (!q.sort.equals("relevance")) {
                boolean newest = q.sort.equals("newest");
                SortField field = new SortField("date", SortField.Type.LONG, newest);
                field.setMissingValue(newest ? Long.MIN_VALUE : Long.MAX_VALUE);
                // Not setCanUsePoints(): 8.7's skipping by the date points counts fewer hits but took
                // 2-4x as long on the generated corpus (dates in random order), so Lucene's default.
                q.order = new Sort(field);
            }
            queries.add(q);
        }
        return queries;
    }

    private static final class Blackhole {
        long bytes;
    }

    // The page as a user sees it: top 10, then their stored fields.
    private static int runQuery(IndexSearcher searcher, BenchQuery q, Blackhole sink) throws IOException {
        TopDocsCollector<?> collector = q.order == null
            ? TopScoreDocCollector.create(TOP, TOTAL_HITS_THRESHOLD)
            : TopFieldCollector.create(q.order, TOP, TOTAL_HITS_THRESHOLD);
        searcher.search(q.query, collector);
        ScoreDoc[] hits = collector.topDocs().scoreDocs;
        if (!fetchStored) return hits.length;
        for (ScoreDoc hit : hits) {
            Document document = searcher.doc(hit.doc);
            for (IndexableField field : document.getFields()) {
                String value = field.stringValue();
                sink.bytes += value == null ? 8 : value.length();
            }
        }
        return hits.length;
    }

    private static final class PassState {
        final List<Double> latencies = new ArrayList<>();
        double busySeconds;
        long errors;
    }

    // As run_pass in timed_passes.cpp: each query once while the deadline allows.
    private static boolean runPass(IndexSearcher searcher, List<BenchQuery> queries, long clockStart, double deadline,
                                   PassState timed, Blackhole sink) {
        for (BenchQuery q : queries) {
            if ((System.nanoTime() - clockStart) / 1e9 >= deadline) return false;
            long start = System.nanoTime();
            try {
                runQuery(searcher, q, sink);
            } catch (IOException | RuntimeException e) {
                if (timed != null) timed.errors++;
                continue;
            }
            long nanos = System.nanoTime() - start;
            if (timed != null) {
                timed.latencies.add(nanos / 1e3);
                timed.busySeconds += nanos / 1e9;
            }
        }
        return true;
    }

    private static double percentile(double[] sorted, double p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.min(Math.max(rank, 1), sorted.length) - 1];
    }

    // As latency_summary in latency_stats.cpp.
    private static Map<String, Object> summary(List<Double> latencies, double busySeconds) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("runs", latencies.size());
        if (latencies.isEmpty()) return out;
        double[] sorted = latencies.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        out.put("p50_us", percentile(sorted, 50));
        out.put("p95_us", percentile(sorted, 95));
        out.put("p99_us", percentile(sorted, 99));
        out.put("mean_us", Arrays.stream(sorted).sum() / sorted.length);
        out.put("max_us", sorted[sorted.length - 1]);
        out.put("qps", busySeconds > 0 ? sorted.length / busySeconds : 0.0);
        return out;
    }

    // As time_class in timed_passes.cpp: a warm-up pass, then timed passes within the limits.
    private static Map<String, Object> timeClass(IndexSearcher searcher, List<BenchQuery> ofClass, double seconds,
                                                 int maxPasses, Blackhole sink) {
        List<BenchQuery> chosen = new ArrayList<>();
        for (BenchQuery q : ofClass) if (q.query != null) chosen.add(q);
        PassState state = new PassState();
        runPass(searcher, chosen, System.nanoTime(), seconds, null, sink);  // warm-up
        long timedStart = System.nanoTime();
        int passes = 0;
        while (passes < maxPasses && (System.nanoTime() - timedStart) / 1e9 < seconds) {
            if (runPass(searcher, chosen, timedStart, seconds, state, sink)) passes++;
        }
        if (state.latencies.isEmpty() && !chosen.isEmpty()) {
            boolean complete = runPass(searcher, chosen, System.nanoTime(), seconds, state, sink);
            passes = complete ? 1 : 0;
        }
        Map<String, Object> result = summary(state.latencies, state.busySeconds);
        result.put("queries", ofClass.size());
        result.put("supported", chosen.size());
        result.put("full_passes", passes);
        result.put("errors", state.errors);
        return result;
    }

    // As throughput in timed_passes.cpp: the whole mix, shuffled per thread, for `seconds`.
    private static Map<String, Object> throughput(IndexSearcher searcher, List<BenchQuery> queries, int threads,
                                                  double seconds) throws InterruptedException {
        AtomicLong answered = new AtomicLong();
        long start = System.nanoTime();
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            final int seed = t + 1;
            Thread worker = new Thread(() -> {
                List<BenchQuery> mix = new ArrayList<>();
                for (BenchQuery q : queries) if (q.query != null) mix.add(q);
                Collections.shuffle(mix, new Random(seed));
                PassState state = new PassState();
                Blackhole sink = new Blackhole();
                while ((System.nanoTime() - start) / 1e9 < seconds && !mix.isEmpty())
                    runPass(searcher, mix, start, seconds, state, sink);
                answered.addAndGet(state.latencies.size());
            });
            workers.add(worker);
            worker.start();
        }
        for (Thread worker : workers) worker.join();
        double elapsed = (System.nanoTime() - start) / 1e9;
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("threads", threads);
        out.put("queries", answered.get());
        out.put("seconds", elapsed);
        out.put("qps", answered.get() / elapsed);
        return out;
    }

    // The index open for timing, and the query file translated once.
    private static final class Session implements AutoCloseable {
        final Directory directory;
        final DirectoryReader reader;
        final IndexSearcher searcher;
        final List<BenchQuery> queries;
        final double seconds;
        final int passes;
        final Blackhole sink = new Blackhole();

        Session(Map<String, String> options) throws IOException {
            seconds = Double.parseDouble(options.getOrDefault("seconds", "2"));
            passes = Integer.parseInt(options.getOrDefault("passes", "5"));
            queries = readQueries(Paths.get(required(options, "queries")), analyzer());
            directory = FSDirectory.open(Paths.get(required(options, "index")));
            reader = DirectoryReader.open(directory);
            searcher = new IndexSearcher(reader);  // no executor: one thread per query
            searcher.setSimilarity(new BM25Similarity());
            searcher.setQueryCache(null);
        }

        List<String> classes() {
            List<String> classes = new ArrayList<>();
            for (BenchQuery q : queries) if (!classes.contains(q.queryClass)) classes.add(q.queryClass);
            return classes;
        }

        Map<String, Object> info() {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("engine", "lucene");
            out.put("version", Version.LATEST.toString());
            out.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
            out.put("segments", reader.leaves().size());
            out.put("total_hits_threshold", TOTAL_HITS_THRESHOLD);
            out.put("query_count", queries.size());
            out.put("codec", reader.leaves().isEmpty() ? "?" : ((org.apache.lucene.index.SegmentReader) reader.leaves().get(0).reader())
                .getSegmentInfo().info.getCodec().getName());
            return out;
        }

        // Every index file read once (morgue-bench run reads morgue's and FTS5's files the same way
        // after its cold pass), then, as the JIT compiles Lucene's code during the first seconds,
        // the whole mix once, before anything is timed.
        Map<String, Object> warmJit(double limit) throws IOException {
            long bytes = 0;
            byte[] buffer = new byte[1 << 16];
            for (String file : directory.listAll()) {
                Path path = ((FSDirectory) directory).getDirectory().resolve(file);
                if (!Files.isRegularFile(path)) continue;
                try (java.io.InputStream in = Files.newInputStream(path)) {
                    for (int n; (n = in.read(buffer)) > 0;) bytes += n;
                }
            }
            long start = System.nanoTime();
            List<BenchQuery> mix = new ArrayList<>();
            for (BenchQuery q : queries) if (q.query != null) mix.add(q);
            runPass(searcher, mix, start, limit, null, sink);
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("seconds", (System.nanoTime() - start) / 1e9);
            out.put("index_bytes_read", bytes);
            return out;
        }

        // One class: the page as shown (stored fields read), and the same top 10 as ids only.
        Map<String, Object> timeOne(String name) {
            List<BenchQuery> ofClass = new ArrayList<>();
            for (BenchQuery q : queries) if (q.queryClass.equals(name)) ofClass.add(q);
            Map<String, Object> row = new LinkedHashMap<>();
            fetchStored = true;
            row.put("lucene", timeClass(searcher, ofClass, seconds, passes, sink));
            fetchStored = false;
            row.put("lucene_ids", timeClass(searcher, ofClass, seconds, passes, sink));
            fetchStored = true;
            return row;
        }

        // Every match of one query, counted exactly (IndexSearcher.count), for the report's check that
        // Lucene answers the question morgue does. `key` is class TAB query text, as in the file.
        Map<String, Object> count(String key) throws IOException {
            Map<String, Object> out = new LinkedHashMap<>();
            for (BenchQuery q : queries) {
                if (!(q.queryClass + "\t" + q.text).equals(key)) continue;
                out.put("supported", q.query != null);
                if (q.query != null) out.put("count", searcher.count(q.query));
                return out;
            }
            out.put("supported", false);
            return out;
        }

        Map<String, Object> throughputOf(int threads, double mixSeconds) throws InterruptedException {
            return throughput(searcher, queries, threads, mixSeconds);
        }

        @Override public void close() throws IOException {
            reader.close();
            directory.close();
        }
    }

    // Standalone: every class, then the throughput, into one JSON file.
    private static void run(Map<String, String> options) throws Exception {
        double mixSeconds = Double.parseDouble(options.getOrDefault("mix-seconds", "3"));
        int threads = Integer.parseInt(options.getOrDefault("threads", "0"));
        if (threads <= 0) threads = Runtime.getRuntime().availableProcessors();
        try (Session session = new Session(options)) {
            Map<String, Object> out = session.info();
            out.put("jit_warm_up", session.warmJit(5));
            List<Object> rows = new ArrayList<>();
            for (String name : session.classes()) {
                Map<String, Object> row = session.timeOne(name);
                row.put("class", name);
                rows.add(row);
            }
            out.put("classes", rows);
            Map<String, Object> t = new LinkedHashMap<>();
            t.put("one_thread", session.throughputOf(1, mixSeconds));
            t.put("all_cores", session.throughputOf(threads, mixSeconds));
            out.put("throughput", t);
            writeJson(Paths.get(required(options, "out")), out);
        }
    }

    // Driven by `morgue-bench run` through stdin/stdout, so that each class is timed on Lucene right
    // after morgue and FTS5, in the same minute of a shared machine. One JSON line per command:
    //   info | warm SECONDS | time CLASS | count CLASS<TAB>QUERY | throughput THREADS SECONDS | quit
    private static void serve(Map<String, String> options) throws Exception {
        try (Session session = new Session(options);
             BufferedReader in = new BufferedReader(new java.io.InputStreamReader(System.in, StandardCharsets.UTF_8))) {
            java.io.PrintStream out = new java.io.PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true, "UTF-8");
            for (String line; (line = in.readLine()) != null;) {
                Object reply;
                String[] words = line.split(" ", 2);
                switch (words[0]) {
                    case "info": reply = session.info(); break;
                    case "warm": reply = session.warmJit(Double.parseDouble(words[1])); break;
                    case "time": reply = session.timeOne(words[1]); break;
                    case "throughput": {
                        String[] a = words[1].split(" ");
                        reply = session.throughputOf(Integer.parseInt(a[0]), Double.parseDouble(a[1]));
                        break;
                    }
                    case "count": reply = session.count(words[1]); break;
                    case "quit": return;
                    default: reply = Collections.singletonMap("error", "unknown command: " + line);
                }
                StringBuilder json = new StringBuilder();
                json(json, reply);
                out.println(json);
            }
        }
    }

    // --- JSON out --------------------------------------------------------------------------------

    private static void writeJson(Path path, Object value) throws IOException {
        StringBuilder out = new StringBuilder();
        json(out, value);
        out.append('\n');
        Files.writeString(path, out, StandardCharsets.UTF_8);
    }

    private static void json(StringBuilder out, Object value) {
        if (value instanceof Map) {
            out.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> e : ((Map<?, ?>) value).entrySet()) {
                if (!first) out.append(',');
                first = false;
                json(out, e.getKey().toString());
                out.append(':');
                json(out, e.getValue());
            }
            out.append('}');
        } else if (value instanceof List) {
            out.append('[');
            boolean first = true;
            for (Object item : (List<?>) value) {
                if (!first) out.append(',');
                first = false;
                json(out, item);
            }
            out.append(']');
        } else if (value instanceof Double || value instanceof Float) {
            double d = ((Number) value).doubleValue();
            out.append(Double.isFinite(d) ? Double.toString(d) : "null");
        } else if (value instanceof Number || value instanceof Boolean) {
            out.append(value);
        } else if (value == null) {
            out.append("null");
        } else {
            out.append('"');
            for (char c : value.toString().toCharArray()) {
                if (c == '"' || c == '\\') out.append('\\').append(c);
                else if (c < 0x20) out.append(String.format("\\u%04x", (int) c));
                else out.append(c);
            }
            out.append('"');
        }
    }

    private LuceneBench() {}
}

/**
 * morgue's query language, as the workload writes it, into a Lucene query: words and "phrases"
 * (field text = headline + body), headline: and byline: fields, AND / OR / NOT (AND binding
 * tighter than OR; words side by side are ANDed, as FTS5 is asked), date:YYYY[-MM[-DD]][..END]
 * as a filter on the date points. Anything else (groups, NEAR, wildcards, other fields): null.
 */
final class QueryTranslator {
    static Query translate(String text, Analyzer analyzer) {
        List<String> tokens = tokens(text);
        if (tokens == null || tokens.isEmpty()) return null;
        List<List<BooleanClause>> groups = new ArrayList<>();  // OR of ANDs
        List<BooleanClause> current = new ArrayList<>();
        Query filter = null;
        boolean negate = false;
        for (String token : tokens) {
            if (token.equals("AND")) continue;
            if (token.equals("OR")) {
                if (current.isEmpty()) return null;
                groups.add(current);
                current = new ArrayList<>();
                continue;
            }
            if (token.equals("NOT")) { negate = true; continue; }
            if (token.startsWith("date:")) {
                if (filter != null) return null;
                filter = dateRange(token.substring(5));
                if (filter == null) return null;
                continue;
            }
            String field = "text", value = token;
            int colon = token.indexOf(':');
            if (colon > 0 && token.charAt(0) != '"') {
                field = token.substring(0, colon);
                value = token.substring(colon + 1);
                if (!field.equals("headline") && !field.equals("byline")) return null;
            }
            Query q = words(field, value, analyzer);
            if (q == null) return null;
            current.add(new BooleanClause(q, negate ? BooleanClause.Occur.MUST_NOT : BooleanClause.Occur.MUST));
            negate = false;
        }
        if (!current.isEmpty()) groups.add(current);
        if (groups.isEmpty()) return null;
        Query query;
        if (groups.size() == 1) {
            query = and(groups.get(0));
        } else {
            BooleanQuery.Builder or = new BooleanQuery.Builder();
            for (List<BooleanClause> group : groups) or.add(and(group), BooleanClause.Occur.SHOULD);
            query = or.build();
        }
        if (query == null) return null;
        if (filter == null) return query;
        return new BooleanQuery.Builder().add(query, BooleanClause.Occur.MUST).add(filter, BooleanClause.Occur.FILTER).build();
    }

    private static Query and(List<BooleanClause> clauses) {
        boolean positive = false;
        for (BooleanClause c : clauses) positive |= c.getOccur() == BooleanClause.Occur.MUST;
        if (!positive) return null;
        if (clauses.size() == 1) return clauses.get(0).getQuery();
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (BooleanClause c : clauses) b.add(c);
        return b.build();
    }

    // Splits on spaces, keeping "quoted phrases" (with a field: before them) whole.
    private static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (char c : text.toCharArray()) {
            if (c == '"') quoted = !quoted;
            if (c == ' ' && !quoted) {
                if (current.length() > 0) tokens.add(current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        if (quoted) return null;
        if (current.length() > 0) tokens.add(current.toString());
        return tokens;
    }

    private static boolean plain(String s) {
        if (s.isEmpty()) return false;
        for (char c : s.toCharArray())
            if (!(Character.isLetterOrDigit(c) || c == ' ' || c == '\'' || c == '.' || c == '-')) return false;
        return true;
    }

    // A word or "phrase": one term, or a phrase of the analyzed terms at their positions.
    private static Query words(String field, String value, Analyzer analyzer) {
        boolean phrase = value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"");
        String inner = phrase ? value.substring(1, value.length() - 1) : value;
        if (!plain(inner)) return null;
        List<String> terms = new ArrayList<>();
        List<Integer> positions = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream(field, new StringReader(inner))) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            stream.reset();
            int position = -1;
            while (stream.incrementToken()) {
                position += increment.getPositionIncrement();
                terms.add(term.toString());
                positions.add(position);
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (terms.isEmpty()) return null;
        if (terms.size() == 1) return new TermQuery(new Term(field, terms.get(0)));
        PhraseQuery.Builder b = new PhraseQuery.Builder();
        for (int i = 0; i < terms.size(); i++) b.add(new Term(field, terms.get(i)), positions.get(i));
        return b.build();
    }

    // date:2017, date:2017-03, date:2017-03-05, and FIRST..LAST of those: [first day, last day].
    private static Query dateRange(String value) {
        int dots = value.indexOf("..");
        LocalDate[] first = dots < 0 ? period(value) : period(value.substring(0, dots));
        LocalDate[] last = dots < 0 ? first : period(value.substring(dots + 2));
        if (first == null || last == null) return null;
        long from = first[0].atStartOfDay(ZoneOffset.UTC).toEpochSecond();
        long to = last[1].plusDays(1).atStartOfDay(ZoneOffset.UTC).toEpochSecond() - 1;
        return LongPoint.newRangeQuery("date", from, to);
    }

    private static LocalDate[] period(String s) {
        try {
            String[] parts = s.split("-");
            int year = Integer.parseInt(parts[0]);
            if (parts.length == 1) return new LocalDate[] {LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)};
            int month = Integer.parseInt(parts[1]);
            if (parts.length == 2) {
                LocalDate start = LocalDate.of(year, month, 1);
                return new LocalDate[] {start, start.plusMonths(1).minusDays(1)};
            }
            LocalDate day = LocalDate.of(year, month, Integer.parseInt(parts[2]));
            return new LocalDate[] {day, day};
        } catch (RuntimeException e) {
            return null;
        }
    }
}
