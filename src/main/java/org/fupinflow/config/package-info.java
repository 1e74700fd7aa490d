/** Technical wiring only: engine plugins and settings that are not a capability of their own. */
package org.fupinflow.config;
