package id.go.bekasikab.bpu.rules;

/**
 * Who an heir is to the participant, in the terms of PP 44/2015 art. 37(5): widow, widower or children first; else,
 * in order, direct blood relatives to the second degree, siblings, parents-in-law, a person named in a will.
 */
public enum HeirRelationship {
    SPOUSE(1), CHILD(1), PARENT(2), GRANDPARENT(2), GRANDCHILD(2), SIBLING(3), PARENT_IN_LAW(4), TESTAMENTARY(5);

    private final int rank;

    HeirRelationship(int rank) {
        this.rank = rank;
    }

    /** 1 is the first in line. */
    public int rank() {
        return rank;
    }
}
