package org.whytheyleft.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class SiteAddressTest {

    private static final Map<String, String> NOWHERE = Map.of();
    private static final Map<String, String> ACTIONS = Map.of("GITHUB_ACTIONS", "true",
            "GITHUB_REPOSITORY", "Campaign-Team/why-they-left");

    @Test
    void theCommandLineWinsOverTheSettingAndTheRepository() {
        assertEquals(Optional.of(new SiteAddress.Given("https://example.org/a/", "-Dsite.url")),
                SiteAddress.given(" https://example.org/a/ ", "https://example.org/b/", "", ACTIONS));
    }

    @Test
    void theSettingWinsOverTheRepository() {
        assertEquals(Optional.of(new SiteAddress.Given("https://example.org/b/", "site.url")),
                SiteAddress.given(null, "https://example.org/b/", "", ACTIONS));
    }

    @Test
    void onGitHubActionsTheRepositoryGivesItsPagesAddress() {
        assertEquals(Optional.of(new SiteAddress.Given("https://campaign-team.github.io/why-they-left/",
                "GITHUB_REPOSITORY")), SiteAddress.given(null, "", "", ACTIONS));
    }

    @Test
    void aRepositoryNamedAfterItsOwnersPagesIsPublishedAtTheRoot() {
        Map<String, String> user = Map.of("GITHUB_ACTIONS", "true", "GITHUB_REPOSITORY", "Team/team.github.io");
        assertEquals("https://team.github.io/", SiteAddress.given(null, "", "", user).orElseThrow().value());
    }

    @Test
    void onGitHubActionsACustomDomainWinsOverTheRepository() {
        assertEquals(Optional.of(new SiteAddress.Given("https://campagne.example.org/", "site.domain")),
                SiteAddress.given(null, "", "campagne.example.org", ACTIONS));
    }

    @Test
    void withoutAnySourceThereIsNoAddress() {
        assertEquals(Optional.empty(), SiteAddress.given(null, " ", "campagne.example.org", NOWHERE));
        assertEquals(Optional.empty(), SiteAddress.given("", "", "", Map.of("GITHUB_REPOSITORY", "a/b")),
                "a repository name outside GitHub Actions is not a published address");
        assertEquals(Optional.empty(), SiteAddress.given(null, "", "",
                Map.of("GITHUB_ACTIONS", "true", "GITHUB_REPOSITORY", "not a repository")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://localhost:8820/", "http://LOCALHOST/", "http://site.localhost/",
            "http://127.0.0.1:8820/", "http://127.1.2.3/", "http://0.0.0.0/", "http://[::1]:8820/",
            "https://10.1.2.3/", "https://172.20.0.4/", "https://192.168.1.20/", "https://169.254.1.1/",
            "https://100.64.0.9/", "https://[fd12:3456::1]/", "https://[fe80::1]/", "https://campagne.local/",
            "https://wiki.internal/", "https://nas.lan/", "https://router.home.arpa/", "http://intranet/",
            "https://site.test/"})
    void anAddressOnThisComputerOrAPrivateNetworkIsUnreachable(String address) {
        assertTrue(SiteAddress.unreachable(URI.create(address)).isPresent(), address);
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://example.github.io/why-they-left/", "https://example.org/", "https://8.8.8.8/",
            "https://172.32.0.1/", "https://[2001:db8::1]/", "https://localhost.example.org/"})
    void anAddressOnTheInternetIsReachable(String address) {
        assertEquals(Optional.empty(), SiteAddress.unreachable(URI.create(address)), address);
    }

    @Test
    void theReasonNamesTheHost() {
        assertEquals(Optional.of("192.168.1.20 is an address of a private network"),
                SiteAddress.unreachable(URI.create("https://192.168.1.20/campagne/")));
    }
}
