/**
 * A miniature code base that breaks every architecture rule on purpose, so a test can prove the
 * rules report violations instead of passing vacuously. Nothing here runs.
 */
package com.humanscrm.bootstrap.archfixture;
