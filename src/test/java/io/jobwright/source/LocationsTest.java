package io.jobwright.source;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LocationsTest {

    @Test
    void city_and_country_name() {
        assertThat(Locations.parse("Berlin, Germany", null, null, null))
                .isEqualTo(new Location("Berlin, Germany", "Berlin", null, "DE", Location.Workplace.UNKNOWN));
    }

    @Test
    void us_city_and_state_code_implies_the_united_states() {
        Location l = Locations.parse("San Francisco, CA", null, null, null);
        assertThat(l.city()).isEqualTo("San Francisco");
        assertThat(l.region()).isEqualTo("CA");
        assertThat(l.country()).isEqualTo("US");
    }

    @Test
    void city_region_country_in_the_countrys_own_language() {
        Location l = Locations.parse("München, Bayern, Deutschland", null, null, null);
        assertThat(l).extracting(Location::city, Location::region, Location::country)
                .containsExactly("München", "Bayern", "DE");
    }

    @Test
    void remote_with_a_scope_is_remote_without_a_city() {
        Location l = Locations.parse("Remote - EMEA", null, null, null);
        assertThat(l.workplace()).isEqualTo(Location.Workplace.REMOTE);
        assertThat(l.city()).isNull();
    }

    @Test
    void hybrid_in_brackets_keeps_the_place() {
        Location l = Locations.parse("Hybrid (London, UK)", null, null, null);
        assertThat(l).extracting(Location::city, Location::country, Location::workplace)
                .containsExactly("London", "GB", Location.Workplace.HYBRID);
    }

    @Test
    void a_separate_country_code_and_workplace_word_win() {
        Location l = Locations.parse("Chicago, IL", "US", null, "remote");
        assertThat(l).extracting(Location::city, Location::region, Location::country, Location::workplace)
                .containsExactly("Chicago", "IL", "US", Location.Workplace.REMOTE);
        assertThat(Locations.parse("Szczecin", "pl", false, null).country()).isEqualTo("PL");
        assertThat(Locations.countryCode("DEU")).isEqualTo("DE");
    }

    @Test
    void a_bare_country_is_a_country_not_a_city() {
        Location l = Locations.parse("United Kingdom", null, true, null);
        assertThat(l).extracting(Location::city, Location::country, Location::workplace)
                .containsExactly(null, "GB", Location.Workplace.REMOTE);
    }

    @Test
    void nothing_known_is_null() {
        assertThat(Locations.parse(null, null, null, null)).isNull();
    }
}
