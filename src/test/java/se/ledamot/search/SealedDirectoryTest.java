package se.ledamot.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A sealed index: Lucene writes, merges, checks and searches it as a plain one, and no file holds a word of it. */
class SealedDirectoryTest {
    private static final byte[] KEY = bytes(1);
    private static final String SECRET = "hemligaplanen";

    @TempDir
    Path folder;

    @Test
    void luceneWritesMergesChecksAndSearchesItAndNoFileHoldsAWord() throws Exception {
        try (Directory dir = new SealedDirectory(FSDirectory.open(folder), KEY)) {
            write(dir, 3_000);
            ByteArrayOutputStream report = new ByteArrayOutputStream();
            try (CheckIndex check = new CheckIndex(dir)) {
                check.setInfoStream(new PrintStream(report, true, StandardCharsets.UTF_8));
                assertThat(check.checkIndex().clean).as(report.toString(StandardCharsets.UTF_8)).isTrue();
            }
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                assertThat(searcher.count(new TermQuery(new Term("body", SECRET)))).isEqualTo(3_000);
                assertThat(searcher.count(new TermQuery(new Term("body", "ord1234")))).isEqualTo(1);
                int doc = searcher.search(new TermQuery(new Term("body", "ord2999")), 1).scoreDocs[0].doc;
                assertThat(searcher.storedFields().document(doc).get("title")).isEqualTo("Motion nummer 2999 om "
                        + SECRET);
            }
        }
        List<Path> files;
        try (Stream<Path> all = Files.list(folder)) {
            files = all.filter(f -> !f.getFileName().toString().equals("write.lock")).toList();
        }
        assertThat(files).isNotEmpty();
        for (Path f : files) {
            String text = new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1);
            assertThat(text).as(f.getFileName().toString()).doesNotContain(SECRET).doesNotContain("Motion nummer")
                    .doesNotContain("Lucene");
        }
    }

    @Test
    void anIndexSealedUnderAnotherKeyIsRefusedAsCorrupt() throws Exception {
        try (Directory dir = new SealedDirectory(FSDirectory.open(folder), KEY)) {
            write(dir, 10);
        }
        try (Directory other = new SealedDirectory(FSDirectory.open(folder), bytes(2))) {
            assertThatThrownBy(() -> DirectoryReader.open(other)).isInstanceOf(CorruptIndexException.class)
                    .hasMessageContaining("not sealed with this folder's key");
        }
        try (Directory plain = FSDirectory.open(folder)) {
            assertThatThrownBy(() -> DirectoryReader.open(plain)).as("read without the seal")
                    .isInstanceOf(java.io.IOException.class);
        }
    }

    @Test
    void aCounterStartingAnywhereReadsWhatWasWrittenThere() throws Exception {
        javax.crypto.spec.SecretKeySpec key = new javax.crypto.spec.SecretKeySpec(KEY, "AES");
        byte[] iv = new byte[16];
        java.util.Arrays.fill(iv, (byte) 0xff); // the counter wraps past its last block
        byte[] plain = new byte[1000];
        for (int i = 0; i < plain.length; i++) {
            plain[i] = (byte) i;
        }
        byte[] sealed = SealedDirectory.cipher(javax.crypto.Cipher.ENCRYPT_MODE, key, iv, 0).doFinal(plain);
        for (int at : new int[] {0, 1, 15, 16, 17, 500, 999}) {
            byte[] part = SealedDirectory.cipher(javax.crypto.Cipher.DECRYPT_MODE, key, iv, at)
                    .doFinal(sealed, at, plain.length - at);
            assertThat(part).as("from byte " + at).isEqualTo(java.util.Arrays.copyOfRange(plain, at, plain.length));
        }
    }

    private static void write(Directory dir, int documents) throws Exception {
        try (IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig().setMaxBufferedDocs(500))) {
            List<Document> docs = new ArrayList<>();
            for (int i = 0; i < documents; i++) {
                Document d = new Document();
                d.add(new TextField("body", SECRET + " ord" + i + " Lucene", Field.Store.NO));
                d.add(new StoredField("title", "Motion nummer " + i + " om " + SECRET));
                docs.add(d);
            }
            writer.addDocuments(docs);
            writer.forceMerge(1);
            writer.commit();
        }
    }

    private static byte[] bytes(int seed) {
        byte[] key = new byte[32];
        java.util.Arrays.fill(key, (byte) seed);
        return key;
    }
}
