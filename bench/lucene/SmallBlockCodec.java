import org.apache.lucene.codecs.FilterCodec;
import org.apache.lucene.codecs.StoredFieldsFormat;
import org.apache.lucene.codecs.compressing.CompressingStoredFieldsFormat;
import org.apache.lucene.codecs.compressing.CompressionMode;
import org.apache.lucene.codecs.lucene87.Lucene87Codec;

/**
 * Lucene 8.7's codec with the stored fields of Lucene 8.6's BEST_SPEED: plain LZ4 in chunks of
 * 16 KB or 128 documents. 8.7's default (LZ4 with preset dictionaries over blocks of up to 1,024
 * documents) decompresses a whole block for every hit shown, about 250 µs per hit on this machine
 * against morgue's few µs; Lucene 8.10 went back to smaller blocks for that reason. LuceneBench
 * uses this codec unless --stored-fields default is given. Registered for reading through
 * META-INF/services/org.apache.lucene.codecs.Codec, which Makefile.bench writes beside the classes.
 */
public final class SmallBlockCodec extends FilterCodec {
    public static final String NAME = "MorgueBenchSmallBlocks";
    private final StoredFieldsFormat storedFields =
        new CompressingStoredFieldsFormat("MorgueBenchStoredFields", CompressionMode.FAST, 1 << 14, 128, 10);

    public SmallBlockCodec() {
        super(NAME, new Lucene87Codec());
    }

    @Override
    public StoredFieldsFormat storedFieldsFormat() {
        return storedFields;
    }
}
