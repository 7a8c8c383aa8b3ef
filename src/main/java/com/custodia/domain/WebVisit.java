package com.custodia.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * One visit to the vendor's web site (promise P8: web analytics). Visits are collected, never
 * edited, and a person may have thousands, so they are not in the change history.
 */
@Entity
@Table(name = "web_visit")
public class WebVisit implements PersonRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "customer_data_seq")
    @SequenceGenerator(name = "customer_data_seq", sequenceName = "customer_data_seq", allocationSize = 50)
    private Long id;

    @Column(name = "person_id", nullable = false)
    private long personId;

    @Column(name = "visited_at", nullable = false)
    private Instant visitedAt;

    @Column(name = "ip_address", nullable = false, length = 45)
    private String ipAddress;

    @Column(name = "browser", length = 60)
    private String browser;

    @Column(name = "browser_version", length = 30)
    private String browserVersion;

    @Column(name = "language", length = 35)
    private String language;

    @Column(name = "referrer", length = 1000)
    private String referrer;

    @Column(name = "search_engine", length = 60)
    private String searchEngine;

    @Column(name = "search_keywords", length = 500)
    private String searchKeywords;

    @Column(name = "pages_viewed", length = 4000)
    private String pagesViewed;

    @Column(name = "add_ons", length = 1000)
    private String addOns;

    @Column(name = "window_width")
    private Integer windowWidth;

    @Column(name = "window_height")
    private Integer windowHeight;

    @Column(name = "cookie_id", length = 64)
    private String cookieId;

    protected WebVisit() {
    }

    /** What the browser told the site; the referrer and search details may be absent. */
    public record Browser(String name, String version, String language, Integer windowWidth, Integer windowHeight,
                          String addOns) {
    }

    /** How the visitor came: referring address, and the search engine and keywords if any. */
    public record Arrival(String referrer, String searchEngine, String searchKeywords) {
    }

    public WebVisit(long personId, Instant visitedAt, String ipAddress, Browser browser, Arrival arrival,
                    String pagesViewed, String cookieId) {
        this.personId = personId;
        this.visitedAt = Objects.requireNonNull(visitedAt, "visitedAt");
        this.ipAddress = Texts.required("IP address", ipAddress, 45);
        this.browser = Texts.limited("Browser", browser.name(), 60);
        this.browserVersion = Texts.limited("Browser version", browser.version(), 30);
        this.language = Texts.limited("Language", browser.language(), 35);
        this.windowWidth = browser.windowWidth();
        this.windowHeight = browser.windowHeight();
        this.addOns = Texts.limited("Add-ons", browser.addOns(), 1000);
        this.referrer = Texts.limited("Referrer", arrival.referrer(), 1000);
        this.searchEngine = Texts.limited("Search engine", arrival.searchEngine(), 60);
        this.searchKeywords = Texts.limited("Search keywords", arrival.searchKeywords(), 500);
        this.pagesViewed = Texts.limited("Pages viewed", pagesViewed, 4000);
        this.cookieId = Texts.limited("Cookie id", cookieId, 64);
    }

    public Long getId() { return id; }
    @Override public long getPersonId() { return personId; }
    public Instant getVisitedAt() { return visitedAt; }
    public String getIpAddress() { return ipAddress; }
    public String getBrowser() { return browser; }
    public String getBrowserVersion() { return browserVersion; }
    public String getLanguage() { return language; }
    public String getReferrer() { return referrer; }
    public String getSearchEngine() { return searchEngine; }
    public String getSearchKeywords() { return searchKeywords; }
    public String getPagesViewed() { return pagesViewed; }
    public String getAddOns() { return addOns; }
    public Integer getWindowWidth() { return windowWidth; }
    public Integer getWindowHeight() { return windowHeight; }
    public String getCookieId() { return cookieId; }

    @Override
    public void moveTo(long personId) { this.personId = personId; }
}
