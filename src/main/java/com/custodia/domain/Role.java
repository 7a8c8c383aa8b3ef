package com.custodia.domain;

/** The roles of DESIGN.md section 2. One operator may hold several. */
public enum Role {
    SALES_REPRESENTATIVE,
    PARTNER_MANAGER,
    PRIVACY_OFFICER,
    ADMINISTRATOR,
    OFFLINE_REVIEWER
}
