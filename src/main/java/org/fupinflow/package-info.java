/**
 * Fupin Flow (扶贫流程): identifies households at risk of (re)entering poverty and approves and disburses
 * poverty-alleviation funds on time, on Camunda 7. Each sub-package is one capability with a small public
 * face; {@code config} holds technical wiring only.
 */
package org.fupinflow;
