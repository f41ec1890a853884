/**
 * The payment methods the widget can offer. A leaf module: options, events and the API client all
 * name methods, and none of them has to import another for it.
 */
export type PaymentMethod = "mypos" | "payto" | "corepay";
export const PAYMENT_METHODS: readonly PaymentMethod[] = ["mypos", "payto", "corepay"];
