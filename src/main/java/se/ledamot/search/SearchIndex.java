package se.ledamot.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import se.ledamot.domain.MatterKind;
import se.ledamot.domain.Status;
import se.ledamot.search.SearchDocuments.AgendaItemDocument;
import se.ledamot.search.SearchDocuments.MatterDocument;
import se.ledamot.search.SearchDocuments.MeetingDocument;
import se.ledamot.search.SearchDocuments.PersonDocument;

/**
 * The full-text index of one data folder, in a Lucene directory of its own. Changes are visible to searches at once
 * (near-real-time) and durable at {@link #commit}, which records with them the state of the database they reflect
 * (a watermark the caller chooses), atomically: after a crash the index is as of its last commit and the caller
 * brings it up to date from there. Only one program writes an index at a time; a second one opens it read-only.
 */
public final class SearchIndex implements AutoCloseable {
    /** Raised when what the index is made of changes: an index of another version is rebuilt. */
    public static final String VERSION = "1";
    static final String VERSION_KEY = "ledamot.index.version";

    /**
     * Lucene says on standard error that it could run faster with the incubating vector module; a councillor's
     * command line is not the place for that. Held here so the setting is not collected with the logger.
     */
    private static final java.util.logging.Logger VECTOR_NOTE = quiet("org.apache.lucene.internal.vectorization");

    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    /** What this program committed last (only while it writes: no one else commits then); null: read it. */
    private volatile Map<String, String> committed;

    private SearchIndex(Directory directory, IndexWriter writer, SearcherManager searchers) {
        this.directory = directory;
        this.writer = writer;
        this.searchers = searchers;
    }

    /** Opens (or makes) the index in a folder; read-only when another program is writing it. */
    public static SearchIndex open(Path folder) {
        try {
            return open(FSDirectory.open(folder));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Opens (or makes) the index of a folder protected by a password: its files encrypted under {@code key}
     * ({@link SealedDirectory}), so none holds a word typed. Files sealed under another key are refused as corrupt.
     */
    public static SearchIndex openSealed(Path folder, byte[] key) {
        try {
            return open(new SealedDirectory(FSDirectory.open(folder), key));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A new, empty index in this program's memory only: nothing of it is ever written to a file. */
    public static SearchIndex inMemory() {
        try {
            return open(new ByteBuffersDirectory());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static SearchIndex open(Directory dir) throws IOException {
        try {
            IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(analyzer())
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND).setCommitOnClose(false));
            return new SearchIndex(dir, writer, new SearcherManager(writer, new SearcherFactory()));
        } catch (LockObtainFailedException locked) {
            if (!DirectoryReader.indexExists(dir)) {
                dir.close();
                throw new IllegalStateException("the index is being made by another program", locked);
            }
            return new SearchIndex(dir, null, new SearcherManager(dir, new SearcherFactory()));
        }
    }

    private static java.util.logging.Logger quiet(String name) {
        java.util.logging.Logger logger = java.util.logging.Logger.getLogger(name);
        logger.setLevel(java.util.logging.Level.SEVERE);
        return logger;
    }

    static Analyzer analyzer() {
        return new PerFieldAnalyzerWrapper(CouncilAnalyzer.STEMS, Map.of(IndexFields.WORDS, CouncilAnalyzer.WORDS));
    }

    /** Whether this program may change the index (it holds the index's lock). */
    public boolean isWritable() {
        return writer != null;
    }

    /**
     * What the last commit recorded (empty for a new index). A state from another {@link #VERSION} is dropped, so
     * the caller sees a new index and rebuilds it.
     */
    public Map<String, String> committedState() {
        Map<String, String> known = committed;
        if (known != null) {
            return known;
        }
        try {
            if (!DirectoryReader.indexExists(directory)) {
                return Map.of();
            }
            Map<String, String> data = new HashMap<>(org.apache.lucene.index.SegmentInfos.readLatestCommit(directory)
                    .getUserData());
            if (!VERSION.equals(data.remove(VERSION_KEY))) {
                return Map.of();
            }
            if (writer != null) {
                committed = Map.copyOf(data);
            }
            return data;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Puts matters in the index, replacing what it had of them (and of their answers). */
    public void putMatters(Collection<MatterDocument> matters) {
        write(w -> {
            for (MatterDocument d : matters) {
                deleteMatter(w, d.matter().id());
                w.addDocuments(IndexFields.of(d));
            }
        });
    }

    /** Takes matters out (deleted, or in the trash). */
    public void removeMatters(Collection<Long> ids) {
        write(w -> {
            for (long id : ids) {
                deleteMatter(w, id);
            }
        });
    }

    private static void deleteMatter(IndexWriter w, long id) throws IOException {
        w.deleteDocuments(new Term(IndexFields.KEY, IndexFields.key(HitType.MATTER, id)),
                new Term(IndexFields.KEY, IndexFields.key(HitType.ANSWER, id)));
    }

    /** Puts a meeting and its whole agenda in the index, replacing what it had of them. */
    public void putMeeting(MeetingDocument meeting, List<AgendaItemDocument> items) {
        write(w -> {
            w.updateDocument(new Term(IndexFields.KEY, IndexFields.key(HitType.MEETING, meeting.id())),
                    IndexFields.of(meeting));
            w.deleteDocuments(new Term(IndexFields.ITEM_OF, String.valueOf(meeting.id())));
            for (AgendaItemDocument item : items) {
                w.addDocument(IndexFields.of(item));
            }
        });
    }

    /** Takes a meeting and its agenda out. */
    public void removeMeeting(long id) {
        write(w -> w.deleteDocuments(new Term(IndexFields.KEY, IndexFields.key(HitType.MEETING, id)),
                new Term(IndexFields.ITEM_OF, String.valueOf(id))));
    }

    /** Replaces every person and party in the index with these. */
    public void putPeople(Collection<PersonDocument> people, Map<String, String> partyNames) {
        write(w -> {
            w.deleteDocuments(new Term(IndexFields.TYPE, HitType.PERSON.code()),
                    new Term(IndexFields.TYPE, HitType.PARTY.code()));
            for (PersonDocument p : people) {
                w.addDocument(IndexFields.of(p));
            }
            for (var party : partyNames.entrySet()) {
                w.addDocument(IndexFields.ofParty(party.getKey(), party.getValue()));
            }
        });
    }

    /** Empties the index (before a rebuild). */
    public void clear() {
        write(IndexWriter::deleteAll);
        committed = null;
    }

    /** Makes every change so far durable, with the state of the database it reflects. */
    public void commit(Map<String, String> state) {
        write(w -> {
            Map<String, String> data = new HashMap<>(state);
            data.put(VERSION_KEY, VERSION);
            w.setLiveCommitData(data.entrySet());
            w.commit();
            committed = Map.copyOf(state);
        });
    }

    /** The ids of the things of one type in the index, in no order (to compare with the database's). */
    public long[] ids(HitType type) {
        return collect(new TermQuery(new Term(IndexFields.TYPE, type.code())), new AllHits(false, Integer.MAX_VALUE));
    }

    /** The ids of every match, best first (for the register: matters only, filters applied). */
    public long[] ids(SearchQuery q) {
        return collect(Queries.build(q), new AllHits(true, q.limit()));
    }

    /** The ids of every match in no particular order, nothing scored (the caller orders them by a column). */
    public long[] unrankedIds(SearchQuery q) {
        return collect(Queries.build(q), new AllHits(false, Integer.MAX_VALUE));
    }

    /** The best hits, each with its label marked; snippets are added by {@link #snippet}. */
    public List<Hit> search(SearchQuery q) {
        IndexSearcher searcher = acquire();
        try {
            TopDocs top = searcher.search(Queries.build(q), q.limit());
            Highlights marks = new Highlights(q);
            List<Hit> hits = new ArrayList<>();
            for (ScoreDoc sd : top.scoreDocs) {
                hits.add(hit(searcher.storedFields().document(sd.doc), sd.score, marks));
            }
            return hits;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            release(searcher);
        }
    }

    /** A snippet of a text around what the query matched in it. */
    public static Hit.Snippet snippet(SearchQuery q, String text) {
        return new Highlights(q).snippet(text);
    }

    /** Where the query matched in a text, such as a title shown in the register. */
    public static List<Hit.Mark> marks(SearchQuery q, String text) {
        return new Highlights(q).marks(text);
    }

    private static Hit hit(Document d, float score, Highlights marks) {
        HitType type = HitType.valueOf(d.get(IndexFields.TYPE).toUpperCase(java.util.Locale.ROOT));
        String label = d.get(IndexFields.LABEL);
        String key = d.get(IndexFields.KEY);
        Number meeting = d.getField(IndexFields.MEETING) == null ? null
                : d.getField(IndexFields.MEETING).numericValue();
        String date = d.get(IndexFields.DATE);
        return new Hit(type, d.getField(IndexFields.ID).numericValue().longValue(),
                meeting == null ? null : meeting.longValue(), key.substring(key.indexOf(':') + 1), label,
                marks.marks(label), MatterKind.fromCode(d.get(IndexFields.KIND)).orElse(null),
                Status.fromCode(d.get(IndexFields.STATUS)).orElse(null), d.get(IndexFields.NUMBER),
                date == null ? null : LocalDate.parse(date), d.get(IndexFields.BODY), d.get(IndexFields.PARTY),
                Hit.Snippet.NONE, score);
    }

    private long[] collect(Query query, AllHits hits) {
        IndexSearcher searcher = acquire();
        try {
            return searcher.search(query, hits);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            release(searcher);
        }
    }

    private IndexSearcher acquire() {
        try {
            searchers.maybeRefresh();
            return searchers.acquire();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void release(IndexSearcher searcher) {
        try {
            searchers.release(searcher);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private interface Change {
        void apply(IndexWriter writer) throws IOException;
    }

    private void write(Change change) {
        if (writer == null) {
            throw new IllegalStateException("the index is open read-only: another program is writing it");
        }
        try {
            change.apply(writer);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            searchers.close();
            if (writer != null) {
                writer.rollback();
            }
            directory.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
