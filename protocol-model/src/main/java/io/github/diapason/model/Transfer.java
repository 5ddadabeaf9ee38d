package io.github.diapason.model;

/** How exams reach the coordinating centre ("sftp", "web-upload", "pacs-push", "media"). */
public record Transfer(String method, String destination, LocalizedText instructions) {
}
