package diplograph.model;

/** Something the article asserts, with the evidence for it. */
public sealed interface Fact permits Event, OfficeHolding, Quote, Agreement, Position, Communication, PersonLink {

    Evidence evidence();
}
