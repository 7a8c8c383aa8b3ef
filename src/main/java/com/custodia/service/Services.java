package com.custodia.service;

import com.custodia.domain.ConnectionProfile;
import com.custodia.persistence.Database;
import com.custodia.domain.WorkspaceInfo;
import com.custodia.persistence.Workspaces;
import com.custodia.service.auth.AuthService;
import com.custodia.service.auth.PasswordHasher;
import com.custodia.service.demo.DemoDataService;
import com.custodia.service.operators.OperatorService;
import com.custodia.service.people.PersonDirectory;
import com.custodia.service.security.AccessGuard;
import com.custodia.service.security.SecurityEventService;
import com.custodia.service.security.SecurityLog;
import java.time.Clock;

/**
 * Every service over one open database, built with {@code new} in one place. The console and the
 * command line both get theirs from here; closing it closes the database.
 */
public final class Services implements AutoCloseable {

    private final Workspaces.Opened opened;
    private final SecurityLog securityLog;
    private final AccessGuard guard;
    private final AuthService auth;
    private final OperatorService operators;
    private final SecurityEventService securityEvents;
    private final PersonDirectory people;
    private final DemoDataService demoData;

    public Services(Workspaces.Opened opened, Clock clock, PasswordHasher hasher, String workstation) {
        this.opened = opened;
        Database db = opened.database();
        this.securityLog = new SecurityLog(db, clock, workstation);
        this.guard = new AccessGuard(securityLog);
        this.auth = new AuthService(db, hasher, securityLog, clock);
        this.operators = new OperatorService(db, hasher, guard, securityLog, clock);
        this.securityEvents = new SecurityEventService(securityLog, guard);
        this.people = new PersonDirectory(db, guard, clock);
        this.demoData = new DemoDataService(db, guard, securityLog, clock);
    }

    public WorkspaceInfo info() { return opened.info(); }
    public ConnectionProfile profile() { return opened.database().profile(); }
    public Database database() { return opened.database(); }
    public SecurityLog securityLog() { return securityLog; }
    public AccessGuard guard() { return guard; }
    public AuthService auth() { return auth; }
    public OperatorService operators() { return operators; }
    public SecurityEventService securityEvents() { return securityEvents; }
    public PersonDirectory people() { return people; }
    public DemoDataService demoData() { return demoData; }

    @Override
    public void close() {
        opened.close();
    }
}
