package com.custodia.reliability;

import org.junit.platform.suite.api.SelectClasses;
import org.junit.platform.suite.api.Suite;

/**
 * The three heavy reliability tests, one after another in one test JVM. Each starts other
 * processes (children killed mid-append or mid-import, or writers on PostgreSQL); run side by side
 * in the two test JVMs they and their children starved each other on two cores, and a child took
 * three times as long to open its workspace. The pom leaves them out of the ordinary run, so they
 * run here once; {@code -Dtest=LedgerCrashTest} still runs one alone.
 */
@Suite
@SelectClasses({LedgerCrashTest.class, ImportCrashTest.class, PostgresLedgerConcurrencyTest.class})
class ReliabilityTest {
}
