package org.cellpath.platform.learning.claim;

/**
 * A teacher's decision on a submitted claim.
 *
 * @param decision {@code approve}, {@code reject} or {@code more-evidence}
 * @param note the reason (required to reject), what more is needed (required to ask for more),
 * or a remark on an approval
 */
public record Decision(String decision, String note) {

	public static Decision empty() {
		return new Decision("", "");
	}

}
