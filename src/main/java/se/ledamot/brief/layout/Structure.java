package se.ledamot.brief.layout;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.PDTableAttributeObject;

/**
 * The PDF structure tree, built as text is drawn: each tag becomes a structure element when its first content
 * appears, each drawn line a marked-content sequence whose id the element lists, and the parent tree maps the
 * ids back, page by page, as tagged PDF requires.
 */
final class Structure {
    private final PDStructureTreeRoot root = new PDStructureTreeRoot();
    private final Map<Tag, PDStructureElement> elements = new IdentityHashMap<>();
    private final List<COSArray> parents = new ArrayList<>();

    PDStructureTreeRoot root() {
        return root;
    }

    /** Starts a page; returns the key its /StructParents names. */
    int startPage() {
        parents.add(new COSArray());
        return parents.size() - 1;
    }

    /** A new marked-content id on the current page, owned by the tag's element. */
    int mark(Tag tag, PDPage page) {
        PDStructureElement el = element(tag, page);
        COSArray onPage = parents.getLast();
        int mcid = onPage.size();
        PDMarkedContentReference ref = new PDMarkedContentReference();
        ref.setMCID(mcid);
        ref.setPage(page);
        el.appendKid(ref);
        onPage.add(el);
        return mcid;
    }

    /** Makes sure a tag has its element even with no content, as an empty table cell needs. */
    void ensure(Tag tag, PDPage page) {
        element(tag, page);
    }

    private PDStructureElement element(Tag tag, PDPage page) {
        PDStructureElement el = elements.get(tag);
        if (el != null) {
            return el;
        }
        if (tag.parent() == null) {
            el = new PDStructureElement(tag.role(), root);
            root.appendKid(el);
        } else {
            PDStructureElement parent = element(tag.parent(), page);
            el = new PDStructureElement(tag.role(), parent);
            parent.appendKid(el);
        }
        el.setPage(page);
        if (tag.alt() != null) {
            el.setAlternateDescription(tag.alt());
        }
        if (tag.role().equals("TH")) {
            // Header cells head their column, said outright so screen readers need not guess.
            PDTableAttributeObject scope = new PDTableAttributeObject();
            scope.setScope(PDTableAttributeObject.SCOPE_COLUMN);
            el.addAttribute(scope);
        }
        elements.put(tag, el);
        return el;
    }

    /** Writes the parent tree once every page is drawn. */
    void finish() {
        COSArray nums = new COSArray();
        for (int i = 0; i < parents.size(); i++) {
            nums.add(COSInteger.get(i));
            nums.add(parents.get(i));
        }
        COSDictionary tree = new COSDictionary();
        tree.setItem(COSName.NUMS, nums);
        root.getCOSObject().setItem(COSName.PARENT_TREE, tree);
        root.setParentTreeNextKey(parents.size());
    }
}
