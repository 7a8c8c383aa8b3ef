package com.custodia.ui.inventory;

/**
 * One category of the data inventory as the table shows it, already in words.
 *
 * @param category the category's name
 * @param holds    what it holds
 * @param storedIn its tables, each with its rows when it has several
 * @param rows     rows in all its tables now
 * @param roles    the roles that see it, and how that is limited
 * @param purpose  why it is kept
 */
public record InventoryRow(String category, String holds, String storedIn, long rows, String roles, String purpose) {
}
