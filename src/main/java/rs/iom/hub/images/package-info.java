/**
 * Pictures from {@code content/}: what a photo is (its size upright, its content hash), which copies of it the site
 * publishes, and how they are made — turned upright, scaled down, and saved again without any of the original's
 * metadata (a phone photo carries the place it was taken).
 */
package rs.iom.hub.images;
