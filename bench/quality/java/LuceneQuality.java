import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;

/**
 * The Lucene 8 baseline of morgue's quality run (Makefile.bench `quality`): for each task of
 * OUT/tasks.tsv, indexes the task's JSON Lines documents with EnglishAnalyzer and BM25Similarity
 * defaults into one combined field, text = headline + "\n" + body, runs the task's queries through
 * the classic QueryParser (OR, Lucene's default) and writes OUT/TASK/run-lucene.txt in TREC form.
 *
 * usage: java -cp LUCENE_JARS:CLASSES LuceneQuality OUT
 */
public final class LuceneQuality {
    private static final String ENGINE = "lucene";

    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            System.err.println("usage: LuceneQuality OUT   (the folder morgue-quality run wrote)");
            System.exit(2);
        }
        Path out = Paths.get(args[0]);
        // Long questions (CISI, LISA) must not hit the clause limit and be lost.
        BooleanQuery.setMaxClauseCount(100_000);
        Analyzer analyzer = new EnglishAnalyzer();
        String indexedDocs = null;
        Directory directory = null;
        for (String line : Files.readAllLines(out.resolve("tasks.tsv"), StandardCharsets.UTF_8)) {
            if (line.isEmpty()) continue;
            String[] task = line.split("\t");
            if (task.length != 4) throw new IllegalArgumentException("tasks.tsv: bad line: " + line);
            String name = task[0], docs = task[2];
            int depth = Integer.parseInt(task[3]);
            long start = System.nanoTime();
            if (!docs.equals(indexedDocs)) {  // tasks sharing a collection share its index
                directory = index(out.resolve(docs), analyzer);
                indexedDocs = docs;
            }
            int queries = search(directory, analyzer, out.resolve(name), depth);
            System.err.printf("LuceneQuality: %s: %d queries in %.1f s (with indexing)%n", name, queries,
                              (System.nanoTime() - start) / 1e9);
        }
    }

    private static Directory index(Path docs, Analyzer analyzer) throws IOException {
        Directory directory = new ByteBuffersDirectory();
        IndexWriterConfig config = new IndexWriterConfig(analyzer).setSimilarity(new BM25Similarity());
        try (IndexWriter writer = new IndexWriter(directory, config); JsonLine.Reader in = new JsonLine.Reader(docs)) {
            for (Map<String, String> fields; (fields = in.next()) != null;) {
                Document document = new Document();
                document.add(new StoredField("id", fields.getOrDefault("id", "")));
                document.add(new TextField("text", fields.getOrDefault("headline", "") + "\n" +
                                           fields.getOrDefault("body", ""), Field.Store.NO));
                writer.addDocument(document);
            }
        }
        return directory;
    }

    private static int search(Directory directory, Analyzer analyzer, Path taskDir, int depth) throws IOException {
        List<String> lines = Files.readAllLines(taskDir.resolve("queries.tsv"), StandardCharsets.UTF_8);
        int queries = 0;
        try (DirectoryReader reader = DirectoryReader.open(directory);
             BufferedWriter run = Files.newBufferedWriter(taskDir.resolve("run-" + ENGINE + ".txt"), StandardCharsets.UTF_8)) {
            IndexSearcher searcher = new IndexSearcher(reader);
            searcher.setSimilarity(new BM25Similarity());
            QueryParser parser = new QueryParser("text", analyzer);  // OR between words, the default
            for (String line : lines) {
                if (line.isEmpty()) continue;
                int tab = line.indexOf('\t');
                String id = line.substring(0, tab), text = line.substring(tab + 1);
                queries++;
                Query query;
                try {
                    query = parser.parse(QueryParser.escape(text));
                } catch (ParseException e) {  // nothing left after analysis (all stop words)
                    System.err.println("LuceneQuality: query " + id + " not parsed (" + e.getMessage().split("\n")[0] + ")");
                    continue;
                }
                ScoreDoc[] hits = searcher.search(query, depth).scoreDocs;
                for (int rank = 0; rank < hits.length; rank++) {
                    String doc = searcher.doc(hits[rank].doc).get("id");
                    run.write(id + " Q0 " + doc + " " + (rank + 1) + " " + hits[rank].score + " " + ENGINE + "\n");
                }
            }
        }
        return queries;
    }
}
