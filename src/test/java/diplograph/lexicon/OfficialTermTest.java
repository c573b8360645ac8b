package diplograph.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Which days a Wikidata office term covers: full dates, bare years as whole years, open ends. */
class OfficialTermTest {

    private static Official.Term term(String start, String end) {
        return new Official.Term("Prime Minister of Italy", "IT", start, end);
    }

    @Test
    void fullDatesCoverTheirDaysInclusively() {
        Official.Term t = term("2021-02-13", "2022-10-22");
        assertThat(t.covers(LocalDate.of(2021, 2, 12))).isFalse();
        assertThat(t.covers(LocalDate.of(2021, 2, 13))).isTrue();
        assertThat(t.covers(LocalDate.of(2022, 6, 1))).isTrue();
        assertThat(t.covers(LocalDate.of(2022, 10, 22))).isTrue();
        assertThat(t.covers(LocalDate.of(2022, 10, 23))).isFalse();
    }

    @Test
    void bareYearsAreWholeYears() {
        Official.Term t = term("2021", "2022");
        assertThat(t.covers(LocalDate.of(2020, 12, 31))).isFalse();
        assertThat(t.covers(LocalDate.of(2021, 1, 1))).isTrue();
        assertThat(t.covers(LocalDate.of(2022, 12, 31))).isTrue();
        assertThat(t.covers(LocalDate.of(2023, 1, 1))).isFalse();
    }

    @Test
    void aYearAndMonthIsTheWholeMonth() {
        Official.Term t = term("2003-06", "2007-01");
        assertThat(t.covers(LocalDate.of(2003, 5, 31))).isFalse();
        assertThat(t.covers(LocalDate.of(2003, 6, 1))).isTrue();
        assertThat(t.covers(LocalDate.of(2007, 1, 31))).isTrue();
        assertThat(t.covers(LocalDate.of(2007, 2, 1))).isFalse();
    }

    @Test
    void anOpenEndRunsOn() {
        Official.Term t = term("2019-03-20", null);
        assertThat(t.covers(LocalDate.of(2019, 3, 19))).isFalse();
        assertThat(t.covers(LocalDate.of(2019, 3, 20))).isTrue();
        assertThat(t.covers(LocalDate.of(2023, 9, 1))).isTrue();
    }

    @Test
    void aTermWithoutStartCoversNoDay() {
        assertThat(term(null, null).covers(LocalDate.of(2022, 1, 1))).isFalse();
        assertThat(term(null, "2022").covers(LocalDate.of(2022, 1, 1))).isFalse();
    }
}
