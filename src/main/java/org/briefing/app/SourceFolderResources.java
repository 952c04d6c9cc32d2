package org.briefing.app;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.briefing.model.Image;
import org.briefing.model.InputException;
import org.briefing.render.Resources;

/**
 * Reads images from the source file's folder and nowhere else: paths that climb out with {@code ..},
 * absolute paths elsewhere and symbolic links that lead outside are refused. Remote images are
 * never fetched.
 */
public final class SourceFolderResources implements Resources {
    private final Path folder;
    private final String sourceName;
    /** The usable bytes of each file read, so the PDF and the EPUB of one job decode a large image once. */
    private final Map<Path, byte[]> usable = new ConcurrentHashMap<>();
    /** The images read so far (real paths): an output must not replace one of them (OutputGuard). */
    private final Set<Path> filesRead = ConcurrentHashMap.newKeySet();

    /**
     * @param sourceFile the Markdown file whose folder holds its images
     * @param sourceName the source's name in messages
     */
    public SourceFolderResources(Path sourceFile, String sourceName) {
        this.folder = sourceFile.toAbsolutePath().normalize().getParent();
        this.sourceName = sourceName;
    }

    @Override
    public byte[] read(Image image) {
        String src = image.src();
        if (image.isRemote()) {
            throw error(image, "remote images are never fetched: " + src);
        }
        Path path = resolve(image);
        if (!path.startsWith(folder)) {
            throw error(image, "image '" + src + "' lies outside the source's folder " + folder);
        }
        if (!Files.exists(path)) {
            throw error(image, "image not found: " + src + " (looked for " + path + ")");
        }
        try {
            Path real = path.toRealPath();
            if (!real.startsWith(folder.toRealPath())) {
                throw error(image, "image '" + src + "' is a link to " + real + ", outside the source's folder");
            }
            if (!Files.isRegularFile(real)) {
                throw error(image, "image '" + src + "' is not a file");
            }
            filesRead.add(real);
            // Undecodable or damaged images and decompression bombs are bad input, found before any renderer
            // decodes; images bigger than any page needs arrive downsampled, once for every renderer.
            return usable.computeIfAbsent(real, file -> DecodableImage.usable(file,
                    why -> error(image, "image '" + src + "' " + why)));
        } catch (IOException e) {
            throw error(image, "cannot read image '" + src + "': " + e.getMessage());
        }
    }

    /** The real paths of the images read so far. */
    Set<Path> filesRead() {
        return Set.copyOf(filesRead);
    }

    private Path resolve(Image image) {
        String src = image.src();
        if (src.toLowerCase(java.util.Locale.ROOT).startsWith("file:")) {
            throw error(image, "file: URLs are not allowed for images; write a path relative to the source: " + src);
        }
        try {
            return folder.resolve(percentDecoded(src)).normalize();
        } catch (InvalidPathException e) {
            throw error(image, "not a valid image path: " + src);
        }
    }

    /** Markdown destinations may percent-encode spaces and other characters; files have the plain names. */
    private static String percentDecoded(String src) {
        if (src.indexOf('%') < 0) {
            return src;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < src.length(); i++) {
            char c = src.charAt(i);
            if (c == '%' && i + 2 < src.length() && isHex(src.charAt(i + 1)) && isHex(src.charAt(i + 2))) {
                bytes.write(Integer.parseInt(src.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                // A surrogate pair encodes to UTF-8 only as a pair.
                if (Character.isHighSurrogate(c) && i + 1 < src.length()) {
                    bytes.writeBytes(src.substring(i, i + 2).getBytes(StandardCharsets.UTF_8));
                    i++;
                } else {
                    bytes.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
                }
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static boolean isHex(char c) {
        return Character.digit(c, 16) >= 0;
    }

    private InputException error(Image image, String message) {
        return InputException.at(sourceName, image.line(), 0, message);
    }
}
