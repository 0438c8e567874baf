package org.cellpath.platform.framework;

/** The cognitive level of an outcome on Bloom's revised taxonomy, lowest first. */
public enum BloomLevel {

	REMEMBER, UNDERSTAND, APPLY, ANALYSE, EVALUATE, CREATE

}
