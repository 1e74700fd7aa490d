package org.fupinflow.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.fupinflow.household.IdNumbers;
import org.fupinflow.support.Http;
import org.fupinflow.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The demo's insured households: valid resident IDs of their members' sex, insured from 1 January 2020 in the
 * insurance year's list, and filed once however often the application starts.
 */
@IntegrationTest
class DemoHouseholdsTest {

  @Autowired DemoHouseholds demoHouseholds;
  @Autowired JdbcTemplate jdbc;
  @Autowired Http http;

  @Test
  void everyDemoMemberHasAValidResidentIdOfTheirSex() {
    for (var household : DemoHouseholds.HOUSEHOLDS) {
      for (var member : household.members()) {
        assertThat(IdNumbers.checked(member.idNumber(), LocalDate.of(2020, 1, 1), "idNumber", member.name())).as(member.name())
            .isEqualTo(member.idNumber());
        var sexDigit = member.idNumber().charAt(16) - '0';
        assertThat(sexDigit % 2 == 1 ? "男" : "女").as(member.name()).isEqualTo(member.sex());
      }
    }
  }

  @Test
  void theDemoPeopleAreInsuredFromTheFirstOfJanuary2020() {
    var reply = http.get("chenjing", "/api/insurance/2020/insured?district=daoli");
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    var demoPeople = new ArrayList<List<String>>();
    for (var person : reply.json().get("people")) {
      var village = person.get("village").asText();
      if (village.equals("民主村") || village.equals("永兴村")) {
        demoPeople.add(List.of(person.get("name").asText(), person.get("townshipName").asText(), village,
            person.get("statusLabel").asText(), person.get("insuredFrom").asText()));
      }
    }
    assertThat(demoPeople).hasSize(11).contains(
        List.of("刘长海", "新农镇", "民主村", "脱贫享受政策户", "2020-01-01"),
        List.of("张晓燕", "新农镇", "民主村", "脱贫享受政策户", "2020-01-01"),
        List.of("马丽", "太平镇", "永兴村", "脱贫享受政策户", "2020-01-01"));
    assertThat(reply.body()).doesNotContain("230102195603124138");
  }

  @Test
  void aRestartFilesNothingTwice() {
    var households = "SELECT COUNT(*) FROM household WHERE id LIKE 'demo-daoli-%'";
    var members = "SELECT COUNT(*) FROM household_member WHERE household_id LIKE 'demo-daoli-%'";
    assertThat(jdbc.queryForObject(households, Integer.class)).isEqualTo(4);
    assertThat(jdbc.queryForObject(members, Integer.class)).isEqualTo(11);
    demoHouseholds.run(null);
    assertThat(jdbc.queryForObject(households, Integer.class)).isEqualTo(4);
    assertThat(jdbc.queryForObject(members, Integer.class)).isEqualTo(11);
  }
}
