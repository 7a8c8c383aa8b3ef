package com.custodia.service.workspace;

import com.custodia.domain.Role;
import java.util.List;
import java.util.Set;

/**
 * The published credentials of demo workspaces. They exist only in workspaces marked as demo,
 * which say DEMO in the title bar; no other workspace has an account with a known password.
 */
public final class DemoCredentials {

    public static final String PASSPHRASE = "demo";
    public static final String PASSWORD = "demo";

    public record Account(String username, String displayName, Set<Role> roles) {
    }

    public static final List<Account> ACCOUNTS = List.of(
            new Account("admin", "Demo Administrator", Set.of(Role.ADMINISTRATOR)),
            new Account("privacy", "Demo Privacy Officer", Set.of(Role.PRIVACY_OFFICER)),
            new Account("partners", "Demo Partner Manager", Set.of(Role.PARTNER_MANAGER)),
            new Account("sales", "Demo Sales Representative", Set.of(Role.SALES_REPRESENTATIVE)),
            // a second one, so the demo's customers are spread and each sees only their own ledger entries
            new Account("sales2", "Second Demo Sales Representative", Set.of(Role.SALES_REPRESENTATIVE)));

    private DemoCredentials() {
    }
}
