/**
 * What templates see: small immutable records with texts already converted to the edition's script, dates already
 * written in the edition's language and URLs already resolved against the base URL. Templates only lay them out.
 */
package rs.iom.hub.plan.view;
