namespace Pucha.Features.Alerts;

/// <summary>A robot did not accept a message; the message says why, in Chinese, for the delivery log.</summary>
public sealed class WebhookDeliveryException(string message) : Exception(message);
