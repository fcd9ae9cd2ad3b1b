package id.go.bekasikab.bpu.participant;

/** Who an heir is to the participant, in the terms of PP 44/2015 art. 37(5). */
public enum HeirRelationship {
    SPOUSE, CHILD, PARENT, SIBLING, GRANDPARENT, GRANDCHILD, PARENT_IN_LAW, TESTAMENTARY
}
