package com.custodia.service.auth;

/** A successful sign-in. When {@code mustChangePassword}, the console asks for a new one first. */
public record LoginResult(Principal principal, boolean mustChangePassword) {
}
