package org.fupinflow.household;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ResidentIdTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

  @Test
  void acceptsValidNumbers() {
    // GB 11643-1999's own example, and a 道里区 (230102) number built with the check character.
    assertThat(ResidentId.parse("11010519491231002X", TODAY).birthDate()).isEqualTo(LocalDate.of(1949, 12, 31));
    var daoli = "23010219850315123";
    assertThat(ResidentId.parse(daoli + ResidentId.checkCharacter(daoli), TODAY).birthDate())
        .isEqualTo(LocalDate.of(1985, 3, 15));
  }

  @Test
  void acceptsALowerCaseXAndSurroundingSpaces() {
    assertThat(ResidentId.parse(" 11010519491231002x ", TODAY).value()).isEqualTo("11010519491231002X");
  }

  @Test
  void computesTheMod112CheckCharacterAsTheStandardsExamples() {
    assertThat(ResidentId.checkCharacter("11010519491231002")).isEqualTo('X');
    assertThat(ResidentId.checkCharacter("44052418800101001")).isEqualTo('4');
  }

  @Test
  void refusesAWrongCheckCharacter() {
    assertThatThrownBy(() -> ResidentId.parse("110105194912310021", TODAY)).hasMessageContaining("校验码错误");
  }

  @Test
  void refusesAnImpossibleOrFutureBirthDate() {
    var feb30 = "11010519490230002";
    assertThatThrownBy(() -> ResidentId.parse(feb30 + ResidentId.checkCharacter(feb30), TODAY)).hasMessageContaining("出生日期无效");
    var future = "11010520300101002";
    assertThatThrownBy(() -> ResidentId.parse(future + ResidentId.checkCharacter(future), TODAY)).hasMessageContaining("不合理");
  }

  @Test
  void refusesTheWrongShape() {
    for (String bad : new String[] {null, "", "11010519491231002", "1101051949123100200", "01010519491231002X",
        "1101051949123100XX", "11010519491231002Y"}) {
      assertThatThrownBy(() -> ResidentId.parse(bad, TODAY)).as(String.valueOf(bad)).hasMessageContaining("18位");
    }
  }

  @Test
  void isMaskedWhereverItIsPrinted() {
    var id = ResidentId.parse("11010519491231002X", TODAY);
    assertThat(id.masked()).isEqualTo("1101**********002X");
    assertThat(id.toString()).isEqualTo("1101**********002X").doesNotContain("19491231");
  }
}
