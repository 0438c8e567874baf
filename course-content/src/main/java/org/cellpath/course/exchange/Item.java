package org.cellpath.course.exchange;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

import org.cellpath.course.exchange.UnitDocument.Feedback;

/**
 * One assessment item with its answer, told apart by its {@code type}. Every item may name the
 * outcomes it tests (a subset of the unit's; empty means all of them) and feedback.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({ @JsonSubTypes.Type(value = Item.SingleChoice.class, name = "single-choice"),
		@JsonSubTypes.Type(value = Item.MultipleChoice.class, name = "multiple-choice"),
		@JsonSubTypes.Type(value = Item.Matching.class, name = "matching"),
		@JsonSubTypes.Type(value = Item.Ordering.class, name = "ordering"),
		@JsonSubTypes.Type(value = Item.Numeric.class, name = "numeric") })
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public sealed interface Item {

	String key();

	String prompt();

	List<String> outcomes();

	Feedback feedback();

	/** The item's type as the format names it, e.g. {@code single-choice}. */
	String type();

	/** One option is right: {@code answer} is its index. */
	record SingleChoice(String key, String prompt, List<String> options, int answer, List<String> outcomes,
			Feedback feedback) implements Item {

		@Override
		public String type() {
			return "single-choice";
		}
	}

	/** Some options are right: {@code answer} lists their indexes. */
	record MultipleChoice(String key, String prompt, List<String> options, List<Integer> answer,
			List<String> outcomes, Feedback feedback) implements Item {

		@Override
		public String type() {
			return "multiple-choice";
		}
	}

	/** Each left entry (by index) matches one right entry: {@code answer} maps left to right indexes. */
	record Matching(String key, String prompt, List<String> left, List<String> right, Map<Integer, Integer> answer,
			List<String> outcomes, Feedback feedback) implements Item {

		@Override
		public String type() {
			return "matching";
		}
	}

	/** The items in their right order: {@code answer} lists the item indexes in that order. */
	record Ordering(String key, String prompt, List<String> items, List<Integer> answer, List<String> outcomes,
			Feedback feedback) implements Item {

		@Override
		public String type() {
			return "ordering";
		}
	}

	/** A number, right within a tolerance, in an optional unit of measure. */
	record Numeric(String key, String prompt, double answer, Double tolerance, String unit, List<String> outcomes,
			Feedback feedback) implements Item {

		@Override
		public String type() {
			return "numeric";
		}
	}

}
