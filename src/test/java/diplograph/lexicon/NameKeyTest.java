package diplograph.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The spellings of one name in news meet under one key; other names do not. */
class NameKeyTest {

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', value = {
        "Mevlüt Çavuşoğlu     | Mevlut Cavusoglu",
        "Péter Szijjártó      | PETER SZIJJARTO",
        "Chung Eui-yong       | Chung Eui Yong",
        "Kassym-Jomart Tokayev | Kassym Jomart Tokayev",
        "Antony J. Blinken    | Antony Blinken",
        "Wendy R. Sherman     | Wendy Sherman",
        "Volodymyr Zelenskyy  | Volodymyr Zelensky",
        "Volodymyr Zelenskiy  | Volodymyr Zelensky",
        "Sergei Lavrov        | Sergey Lavrov",
        "Dmitrii Peskov       | Dmitriy Peskov",
        "Yuri Ushakov         | Yury Ushakov",
        "Ilham Aliyev         | Ilham Aliev",
        "Joe Biden            | Joseph Biden",
        "Liz Truss            | Elizabeth Truss",
        "Ash Carter           | Ashton Carter",
        "Andy Beshear         | Andrew Beshear",
        "Vladimir Zelensky    | Volodymyr Zelenskyy",
    })
    void spellingsOfOneNameHaveOneKey(String one, String other) {
        assertThat(NameKey.of(one.strip())).isEqualTo(NameKey.of(other.strip())).isNotEmpty();
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "Mevlüt Çavuşoğlu   | mevlut cavusoglu",
        "Hamad Al-Thani     | hamad al thany",
        "Antony J. Blinken  | antony blinken",
        "Volodymyr Zelenskyy | volodymyr zelensky",
        "Sergei Lavrov      | sergy lavrov",
    })
    void theKeyIsLowerCaseAsciiWordsWithoutInitials(String name, String key) {
        assertThat(NameKey.of(name.strip())).isEqualTo(key.strip());
    }

    @ParameterizedTest(name = "{0} ≠ {1}")
    @CsvSource(delimiter = '|', value = {
        "Sergey Lavrov   | Sergey Lavrenko",
        "Mario Draghi    | Maria Draghi",
        "Joe Biden       | Jill Biden",
        "Joe Biden       | Joe Bidet",
    })
    void differentNamesHaveDifferentKeys(String one, String other) {
        assertThat(NameKey.of(one.strip())).isNotEqualTo(NameKey.of(other.strip()));
    }

    @ParameterizedTest
    @CsvSource({"J.", "A. B.", "''"})
    void aNameOfInitialsOnlyHasTheEmptyKey(String name) {
        assertThat(NameKey.of(name)).isEmpty();
    }
}
